<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Amanah</source>
        <translation>Tentang Amanah</translation>
    </message>
    <message>
        <source>Amanah %1</source>
        <translation>Amanah %1</translation>
    </message>
    <message>
        <source>Amanah helps an online shop&apos;s staff look after their customers&apos; personal data with care: it records consent and its history, handles requests to access, correct or erase data within their legal deadlines, keeps every personal field encrypted at rest and keeps a tamper-evident audit trail of every change. &quot;Amanah&quot; means a trust to be kept.</source>
        <translation>Amanah membantu staf toko daring menjaga data pribadi pelanggan mereka dengan cermat: mencatat persetujuan beserta riwayatnya, menangani permintaan untuk mengakses, memperbaiki, atau menghapus data dalam tenggat yang ditetapkan hukum, menyimpan setiap isian data pribadi dalam keadaan terenkripsi, serta mencatat setiap perubahan dalam jejak audit yang membuat setiap upaya manipulasi dapat terdeteksi. &quot;Amanah&quot; berarti kepercayaan yang harus dijaga.</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (dibangun dengan %2)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Tidak ada ruang kerja yang terbuka.</translation>
    </message>
    <message>
        <source>Amanah:</source>
        <translation>Amanah:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>Botan:</source>
        <translation>Botan:</translation>
    </message>
    <message>
        <source>Database server:</source>
        <translation>Server basis data:</translation>
    </message>
    <message>
        <source>Amanah version</source>
        <translation>Versi Amanah</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Versi Qt</translation>
    </message>
    <message>
        <source>Botan version</source>
        <translation>Versi Botan</translation>
    </message>
    <message>
        <source>Database server version</source>
        <translation>Versi server basis data</translation>
    </message>
</context>
<context>
    <name>AccessPackage</name>
    <message>
        <source>Request %1 is not an access request.</source>
        <translation>Permintaan %1 bukan permintaan akses.</translation>
    </message>
    <message>
        <source>Match the request to a customer first.</source>
        <translation>Cocokkan permintaan dengan pelanggan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Only an approved request can be answered; this one is “%1”.</source>
        <translation>Hanya permintaan yang telah disetujui yang dapat dijawab; status permintaan ini “%1”.</translation>
    </message>
    <message>
        <source>No PDF renderer was given.</source>
        <translation>Tidak ada perender PDF yang diberikan.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>Your current password is wrong.</source>
        <translation>Kata sandi Anda saat ini salah.</translation>
    </message>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation>Sesi telah berakhir. Silakan masuk kembali.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Kata sandi baru harus berbeda dari kata sandi saat ini.</translation>
    </message>
    <message>
        <source>The code does not match. Check the time on your phone and enter the current code.</source>
        <translation>Kode tidak cocok. Periksa jam di ponsel Anda, lalu masukkan kode yang sedang berlaku.</translation>
    </message>
    <message>
        <source>This workspace requires two-factor sign-in for every account.</source>
        <translation>Ruang kerja ini mewajibkan masuk dua faktor untuk setiap akun.</translation>
    </message>
    <message>
        <source>Without two-factor sign-in your password needs at least %1 characters. Change it first.</source>
        <translation>Tanpa masuk dua faktor, kata sandi Anda harus terdiri atas sedikitnya %1 karakter. Ubah kata sandi Anda terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation>Tambah Pengguna</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>2 to 32 characters: a-z, 0-9, dot, dash, underscore</source>
        <translation>2 hingga 32 karakter: a-z, 0-9, titik, tanda hubung, garis bawah</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;ma:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <source>&amp;One-time password:</source>
        <translation>Kata sandi &amp;sekali pakai:</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Sal&amp;in</translation>
    </message>
    <message>
        <source>Copy the one-time password</source>
        <translation>Salin kata sandi sekali pakai</translation>
    </message>
    <message>
        <source>Give this password to the new user in person. They must replace it with their own at their first sign-in.</source>
        <translation>Berikan kata sandi ini kepada pengguna baru secara langsung. Pengguna tersebut harus menggantinya dengan kata sandinya sendiri saat pertama kali masuk.</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>&amp;Tambah Pengguna</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>First Administrator</source>
        <translation>Administrator Pertama</translation>
    </message>
    <message>
        <source>The administrator adds the other staff accounts. Choose a long password: it protects every customer&apos;s data.</source>
        <translation>Administrator menambahkan akun staf lainnya. Pilih kata sandi yang panjang: kata sandi ini melindungi data setiap pelanggan.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>mis. admin</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>Creating the workspace&apos;s keys…</source>
        <translation>Membuat kunci ruang kerja…</translation>
    </message>
    <message>
        <source>Creating the workspace&apos;s keys</source>
        <translation>Membuat kunci ruang kerja</translation>
    </message>
</context>
<context>
    <name>AudienceExportDialog</name>
    <message>
        <source>Export Audience</source>
        <translation>Ekspor Audiens</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Berkas %1 tidak dapat ditulis: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) who may be contacted for “%1” were written to %2.

The export was recorded in the audit trail with its purpose and count.</source>
        <translation>
            <numerusform>%n pelanggan yang boleh dihubungi untuk “%1” telah ditulis ke %2.

Ekspor ini dicatat dalam jejak audit beserta tujuan dan jumlahnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only customers whose data may be used for the purpose now are exported: a current consent that is not stale (for purposes on consent), no restriction, no objection that applies.</source>
        <translation>Hanya pelanggan yang datanya saat ini boleh digunakan untuk tujuan tersebut yang diekspor: persetujuan yang berlaku dan tidak kedaluwarsa (untuk tujuan berbasis persetujuan), tanpa pembatasan, dan tanpa keberatan yang berlaku.</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Tujuan:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit trail cannot be written while the workspace is locked.</source>
        <translation>Jejak audit tidak dapat ditulis selama ruang kerja terkunci.</translation>
    </message>
    <message>
        <source>The audit trail cannot be verified while the workspace is locked.</source>
        <translation>Jejak audit tidak dapat diverifikasi selama ruang kerja terkunci.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the trail jumps from %2 to %3.</source>
        <translation>Entri %1 hilang: jejak melompat dari %2 ke %3.</translation>
    </message>
    <message>
        <source>Entry %1 is out of order.</source>
        <translation>Entri %1 tidak berada di urutan yang benar.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry was removed, reordered or inserted.</source>
        <translation>Entri %1 tidak menyambung dari entri %2: ada entri yang dihapus, diubah urutannya, atau disisipkan.</translation>
    </message>
    <message>
        <source>Entry %1 was altered: its content does not match its MAC.</source>
        <translation>Entri %1 telah diubah: isinya tidak cocok dengan MAC-nya.</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>Verifikasi dibatalkan.</translation>
    </message>
    <message>
        <source>The trail ends at entry %1, but the checkpoint names entry %2: entries from %3 on were removed.</source>
        <translation>Jejak berakhir di entri %1, tetapi titik periksa menyebut entri %2: entri mulai %3 dan seterusnya telah dihapus.</translation>
    </message>
    <message>
        <source>Entry %1 does not match the checkpoint: the trail was rewritten.</source>
        <translation>Entri %1 tidak cocok dengan titik periksa: jejak telah ditulis ulang.</translation>
    </message>
    <message>
        <source>A checkpoint is a sequence number and a 64-digit MAC, like 1024:3fa2…</source>
        <translation>Titik periksa terdiri atas nomor urut dan MAC 64 digit, seperti 1024:3fa2…</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Jejak audit tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation>Sesi telah berakhir. Silakan masuk kembali.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Peran Anda tidak mengizinkan tindakan ini.</translation>
    </message>
    <message>
        <source>The export file “%1” cannot be written: %2</source>
        <translation>Berkas ekspor “%1” tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Seq</source>
        <comment>audit entry sequence number</comment>
        <translation>No. Urut</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Actor</source>
        <comment>who did it</comment>
        <translation>Pelaku</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Object</source>
        <comment>what it was done to</comment>
        <translation>Objek</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justifikasi</translation>
    </message>
</context>
<context>
    <name>AuditTrailPage</name>
    <message>
        <source>Audit trail</source>
        <comment>page title</comment>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <comment>who did it</comment>
        <translation>&amp;Pelaku:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>&amp;Tindakan:</translation>
    </message>
    <message>
        <source>Object &amp;type:</source>
        <translation>&amp;Jenis objek:</translation>
    </message>
    <message>
        <source>Object &amp;ID:</source>
        <translation>ID &amp;objek:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <comment>date</comment>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <comment>date</comment>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nama pengguna</translation>
    </message>
    <message>
        <source>e.g. customer. or customer.rectify</source>
        <translation>mis. customer. atau customer.rectify</translation>
    </message>
    <message>
        <source>e.g. customer</source>
        <translation>mis. customer</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no date limit</comment>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Bersihkan</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifikasi</translation>
    </message>
    <message>
        <source>Recompute the whole chain and name the first entry that was altered, removed, reordered or inserted</source>
        <translation>Hitung ulang seluruh rantai dan tunjukkan entri pertama yang diubah, dihapus, diubah urutannya, atau disisipkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Export the entries shown (filters and dates) as CSV or JSON with the chain head</source>
        <translation>Ekspor entri yang ditampilkan (sesuai filter dan tanggal) sebagai CSV atau JSON beserta kepala rantai</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entri audit</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Detail entri</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Kemajuan verifikasi</translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>Pilih entri untuk melihat detailnya.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entri</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <comment>who did it</comment>
        <translation>Pelaku</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (pengguna %2)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Object</source>
        <comment>what it was done to</comment>
        <translation>Objek</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justifikasi</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Memverifikasi jejak audit…</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>Verifikasi dibatalkan.</translation>
    </message>
    <message>
        <source>The audit trail could not be verified: %1</source>
        <translation>Jejak audit tidak dapat diverifikasi: %1</translation>
    </message>
    <message>
        <source>The audit trail is intact up to entry %1. Head: %2</source>
        <translation>Jejak audit utuh hingga entri %1. Kepala rantai: %2</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>Jejak audit rusak pada entri %1: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Berkas JSON (*.json)</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Ekspor jejak audit</translation>
    </message>
    <message numerus="yes">
        <source>%n entries were written to %1.
Chain head at export: %2</source>
        <translation>
            <numerusform>%n entri telah ditulis ke %1.
Kepala rantai saat ekspor: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthWorker</name>
    <message>
        <source>Sign in with your password first.</source>
        <translation>Masuk terlebih dahulu dengan kata sandi Anda.</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>This workspace has not been set up yet.</source>
        <translation>Ruang kerja ini belum disiapkan.</translation>
    </message>
    <message>
        <source>This workspace is already set up.</source>
        <translation>Ruang kerja ini sudah disiapkan.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters: letters a-z, digits, dot, dash or underscore.</source>
        <translation>Nama pengguna terdiri atas 2 hingga 32 karakter: huruf a-z, angka, titik, tanda hubung, atau garis bawah.</translation>
    </message>
    <message>
        <source>Give the workspace a name.</source>
        <translation>Beri nama ruang kerja.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Terlalu banyak percobaan yang gagal. Coba lagi dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Akun ini dinonaktifkan. Hubungi administrator.</translation>
    </message>
    <message>
        <source>The recovery key resets administrators&apos; passwords only. Ask an administrator to reset other accounts.</source>
        <translation>Kunci pemulihan hanya dapat mengatur ulang kata sandi administrator. Minta administrator untuk mengatur ulang akun lainnya.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Enter the six-digit code from your authenticator app.</source>
        <translation>Masukkan kode enam digit dari aplikasi autentikator Anda.</translation>
    </message>
    <message>
        <source>This code was already used. Wait for the next one.</source>
        <translation>Kode ini sudah digunakan. Tunggu kode berikutnya.</translation>
    </message>
    <message>
        <source>The code is wrong or has expired.</source>
        <translation>Kode salah atau sudah kedaluwarsa.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Ubah Kata Sandi</translation>
    </message>
    <message>
        <source>Your account has a one-time password. Choose your own password to continue.</source>
        <translation>Akun Anda menggunakan kata sandi sekali pakai. Buat kata sandi Anda sendiri untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice.</source>
        <translation>Ketik kata sandi Anda saat ini, lalu kata sandi baru sebanyak dua kali.</translation>
    </message>
    <message>
        <source>&amp;One-time password:</source>
        <translation>Kata sandi &amp;sekali pakai:</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Kata sandi saat &amp;ini:</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>Ub&amp;ah Kata Sandi</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Masukkan nama basis data.</translation>
    </message>
    <message>
        <source>This is not a PostgreSQL connection string. To open a workspace file, use File &gt; Open Workspace File.</source>
        <translation>Ini bukan string koneksi PostgreSQL. Untuk membuka berkas ruang kerja, gunakan Berkas &gt; Buka Berkas Ruang Kerja.</translation>
    </message>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>Sambungkan ke PostgreSQL</translation>
    </message>
    <message>
        <source>A team shares one workspace on a PostgreSQL server. Enter a connection string, or fill in the fields.</source>
        <translation>Satu tim berbagi satu ruang kerja di server PostgreSQL. Masukkan string koneksi, atau isi kolom-kolomnya.</translation>
    </message>
    <message>
        <source>Connection &amp;string</source>
        <translation>String &amp;koneksi</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>Kolom &amp;isian</translation>
    </message>
    <message>
        <source>Connection string:</source>
        <translation>String koneksi:</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>String koneksi</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database</source>
        <comment>placeholder: translate only user, host and database</comment>
        <translation>postgresql://pengguna@host:5432/basisdata</translation>
    </message>
    <message>
        <source>For example postgresql://user@db.example.com:5432/amanah or host=db.example.com dbname=amanah user=me</source>
        <translation>Misalnya postgresql://user@db.example.com:5432/amanah atau host=db.example.com dbname=amanah user=me</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Basis data:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Pengg&amp;una:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Kata sa&amp;ndi:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Sambungkan</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Consent</source>
        <comment>page title</comment>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>&amp;Purposes</source>
        <translation>&amp;Tujuan pemrosesan</translation>
    </message>
    <message>
        <source>&amp;Notice versions</source>
        <translation>&amp;Versi pemberitahuan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Kategori data</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retensi</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Pemasaran</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Berlaku sejak</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <source>&amp;New Purpose…</source>
        <translation>Tujuan &amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Publish New Version…</source>
        <translation>Terbitkan Versi Ba&amp;ru…</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>not set</source>
        <translation>tidak diatur</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>No grant needs re-consent.</source>
        <translation>Tidak ada persetujuan yang perlu persetujuan ulang.</translation>
    </message>
    <message>
        <source>%1 grant(s) were given under an older notice than a material version in effect and need re-consent (Customers page: “Needs re-consent”).</source>
        <translation>%1 persetujuan diberikan berdasarkan pemberitahuan yang lebih lama daripada versi material yang sedang berlaku dan perlu persetujuan ulang (halaman Pelanggan: “Perlu persetujuan ulang”).</translation>
    </message>
    <message>
        <source>Notice Version Published</source>
        <translation>Versi Pemberitahuan Diterbitkan</translation>
    </message>
</context>
<context>
    <name>ConsentService</name>
    <message>
        <source>There is no purpose %1.</source>
        <translation>Tujuan pemrosesan %1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>The evidence is too long (at most 2,000 characters).</source>
        <translation>Bukti terlalu panjang (maksimal 2.000 karakter).</translation>
    </message>
    <message>
        <source>Consent cannot be recorded for a moment in the future.</source>
        <translation>Persetujuan tidak dapat dicatat untuk waktu di masa mendatang.</translation>
    </message>
    <message>
        <source>The purpose is no longer active; consent cannot be given for it.</source>
        <translation>Tujuan pemrosesan ini sudah tidak aktif; persetujuan tidak dapat diberikan untuknya.</translation>
    </message>
    <message>
        <source>There is no such customer.</source>
        <translation>Pelanggan tersebut tidak ditemukan.</translation>
    </message>
    <message>
        <source>This customer&apos;s data was erased.</source>
        <translation>Data pelanggan ini telah dihapus.</translation>
    </message>
    <message>
        <source>There is no such notice version.</source>
        <translation>Versi pemberitahuan tersebut tidak ditemukan.</translation>
    </message>
    <message>
        <source>The export file cannot be written.</source>
        <translation>Berkas ekspor tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>The purpose is no longer active; there is no audience to export.</source>
        <translation>Tujuan pemrosesan ini sudah tidak aktif; tidak ada audiens untuk diekspor.</translation>
    </message>
    <message>
        <source>The export file could not be written: %1</source>
        <translation>Berkas ekspor tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Ekspor dibatalkan.</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The encryption key is missing or invalid.</source>
        <translation>Kunci enkripsi tidak ada atau tidak valid.</translation>
    </message>
    <message>
        <source>The data could not be encrypted.</source>
        <translation>Data tidak dapat dienkripsi.</translation>
    </message>
    <message>
        <source>The encrypted data could not be authenticated. The key is wrong, or the data was altered or moved.</source>
        <translation>Data terenkripsi tidak dapat diautentikasi. Kuncinya salah, atau data telah diubah atau dipindahkan.</translation>
    </message>
    <message>
        <source>The encrypted data is too short. It may be damaged.</source>
        <translation>Data terenkripsi terlalu pendek. Data mungkin rusak.</translation>
    </message>
    <message>
        <source>The encrypted data has an unknown format version.</source>
        <translation>Data terenkripsi memiliki versi format yang tidak dikenal.</translation>
    </message>
    <message>
        <source>The text is not valid base32. Use only the letters A to Z and the digits 2 to 7.</source>
        <translation>Teks ini bukan base32 yang valid. Gunakan hanya huruf A sampai Z dan angka 2 sampai 7.</translation>
    </message>
    <message>
        <source>The %1 self-test failed. Encryption is not safe to use.</source>
        <translation>Uji mandiri %1 gagal. Enkripsi tidak aman untuk digunakan.</translation>
    </message>
    <message>
        <source>The customer&apos;s data key is not available.</source>
        <translation>Kunci data pelanggan tidak tersedia.</translation>
    </message>
    <message>
        <source>The key derivation settings are not allowed.</source>
        <translation>Pengaturan derivasi kunci tidak diizinkan.</translation>
    </message>
    <message>
        <source>The salt is too short.</source>
        <translation>Salt terlalu pendek.</translation>
    </message>
    <message>
        <source>The key derivation failed.</source>
        <translation>Derivasi kunci gagal.</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>Berkas tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Berkas tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The file could not be hashed.</source>
        <translation>Hash berkas tidak dapat dihitung.</translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation>Ruang kerja terkunci.</translation>
    </message>
    <message>
        <source>The key slot is damaged.</source>
        <translation>Slot kunci rusak.</translation>
    </message>
    <message>
        <source>The workspace identifier is missing.</source>
        <translation>Pengenal ruang kerja tidak ada.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Kata sandi kosong.</translation>
    </message>
    <message>
        <source>The key derivation must use at least 8 MiB of memory.</source>
        <translation>Derivasi kunci harus menggunakan memori sedikitnya 8 MiB.</translation>
    </message>
    <message>
        <source>The key slot asks for key derivation settings that are not allowed.</source>
        <translation>Slot kunci meminta pengaturan derivasi kunci yang tidak diizinkan.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>Kata sandi salah.</translation>
    </message>
    <message>
        <source>A recovery key has %1 letters and digits; this one has %2.</source>
        <translation>Kunci pemulihan terdiri atas %1 huruf dan angka; kunci ini berisi %2.</translation>
    </message>
    <message>
        <source>The recovery key is not valid. It uses only the letters A to Z and the digits 2 to 7.</source>
        <translation>Kunci pemulihan tidak valid. Kunci pemulihan hanya menggunakan huruf A sampai Z dan angka 2 sampai 7.</translation>
    </message>
    <message>
        <source>The recovery key has the wrong length.</source>
        <translation>Panjang kunci pemulihan salah.</translation>
    </message>
    <message>
        <source>The recovery key is not correct for this workspace.</source>
        <translation>Kunci pemulihan ini tidak cocok untuk ruang kerja ini.</translation>
    </message>
    <message>
        <source>The customer identifier is missing.</source>
        <translation>Pengenal pelanggan tidak ada.</translation>
    </message>
    <message>
        <source>The customer&apos;s data key could not be opened. It is damaged or belongs to another customer.</source>
        <translation>Kunci data pelanggan tidak dapat dibuka. Kunci tersebut rusak atau milik pelanggan lain.</translation>
    </message>
    <message>
        <source>The customer&apos;s data key is damaged.</source>
        <translation>Kunci data pelanggan rusak.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>Nilai yang diapit tanda kutip tidak ditutup.</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote.</source>
        <translation>Ada teks tak terduga setelah tanda kutip penutup.</translation>
    </message>
    <message>
        <source>The line is not valid UTF-8 text.</source>
        <translation>Baris ini bukan teks UTF-8 yang valid.</translation>
    </message>
</context>
<context>
    <name>CustomerImporter</name>
    <message>
        <source>Map a column to the customer&apos;s name.</source>
        <translation>Petakan salah satu kolom ke nama pelanggan.</translation>
    </message>
    <message>
        <source>There is no active purpose %1.</source>
        <translation>Tujuan pemrosesan aktif %1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>Duplicate email: the same address is on line %1.</source>
        <translation>Email duplikat: alamat yang sama ada di baris %1.</translation>
    </message>
    <message>
        <source>Duplicate customer reference: the same reference is on line %1.</source>
        <translation>Referensi pelanggan duplikat: referensi yang sama ada di baris %1.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Impor dibatalkan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Duplicate email: a customer with this address is already in the workspace.</source>
        <translation>Email duplikat: pelanggan dengan alamat ini sudah ada di ruang kerja.</translation>
    </message>
    <message>
        <source>A customer with this reference is already in the workspace.</source>
        <translation>Pelanggan dengan referensi ini sudah ada di ruang kerja.</translation>
    </message>
    <message>
        <source>The line has %1 columns; the file has %2.</source>
        <translation>Baris ini memiliki %1 kolom; berkas memiliki %2.</translation>
    </message>
    <message>
        <source>The birth date is not a date (YYYY-MM-DD).</source>
        <translation>Tanggal lahir bukan tanggal (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The consent date is not a past date (YYYY-MM-DD or ISO 8601).</source>
        <translation>Tanggal persetujuan bukan tanggal di masa lalu (YYYY-MM-DD atau ISO 8601).</translation>
    </message>
    <message>
        <source>There is no notice version with this label.</source>
        <translation>Tidak ada versi pemberitahuan dengan label ini.</translation>
    </message>
    <message>
        <source>A consent column holds neither yes nor no.</source>
        <translation>Kolom persetujuan tidak berisi yes maupun no.</translation>
    </message>
</context>
<context>
    <name>CustomerRecordDialog</name>
    <message>
        <source>Restrict Processing</source>
        <translation>Batasi Pemrosesan</translation>
    </message>
    <message>
        <source>Lift Restriction</source>
        <translation>Cabut Pembatasan</translation>
    </message>
    <message>
        <source>While processing is restricted, the customer&apos;s data is only stored: no purpose may use it.</source>
        <translation>Selama pemrosesan dibatasi, data pelanggan hanya disimpan: tidak ada tujuan yang boleh menggunakannya.</translation>
    </message>
    <message>
        <source>The customer&apos;s data may be used again for its purposes.</source>
        <translation>Data pelanggan dapat digunakan kembali untuk tujuannya.</translation>
    </message>
    <message>
        <source>Record Objection</source>
        <translation>Catat Keberatan</translation>
    </message>
    <message>
        <source>Lift Objection</source>
        <translation>Cabut Keberatan</translation>
    </message>
    <message>
        <source>An objection stops marketing and processing on legitimate interest or public task for this customer.</source>
        <translation>Keberatan menghentikan pemasaran serta pemrosesan berdasarkan kepentingan yang sah atau tugas publik untuk pelanggan ini.</translation>
    </message>
    <message>
        <source>The objection no longer applies.</source>
        <translation>Keberatan tersebut tidak lagi berlaku.</translation>
    </message>
    <message>
        <source>Consent Receipt (JSON)</source>
        <translation>Tanda Terima Persetujuan (JSON)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Berkas JSON (*.json)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Berkas %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Consent Receipt (PDF)</source>
        <translation>Tanda Terima Persetujuan (PDF)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Consent receipt</source>
        <translation>Tanda terima persetujuan</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Berkas %1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Customer — %1</source>
        <translation>Pelanggan — %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versi %2)</translation>
    </message>
    <message>
        <source>Yes — %1</source>
        <translation>Ya — %1</translation>
    </message>
    <message>
        <source>No — %1</source>
        <translation>Tidak — %1</translation>
    </message>
    <message>
        <source>Stale: needs re-consent</source>
        <translation>Kedaluwarsa: perlu persetujuan ulang</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Diberikan</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(tidak terbaca)</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(sistem)</translation>
    </message>
    <message>
        <source>%1 — may use: %2</source>
        <translation>%1 — boleh digunakan: %2</translation>
    </message>
    <message>
        <source>&amp;Lift Restriction…</source>
        <translation>&amp;Cabut Pembatasan…</translation>
    </message>
    <message>
        <source>Re&amp;strict Processing…</source>
        <translation>Bata&amp;si Pemrosesan…</translation>
    </message>
    <message>
        <source>Lift O&amp;bjection…</source>
        <translation>Cabut &amp;Keberatan…</translation>
    </message>
    <message>
        <source>Record O&amp;bjection…</source>
        <translation>Catat &amp;Keberatan…</translation>
    </message>
    <message>
        <source>Withdraw Consent</source>
        <translation>Tarik Persetujuan</translation>
    </message>
    <message>
        <source>Record that %1 withdrew consent for “%2” (%3)? It takes effect at once: audience exports stop including the customer.</source>
        <translation>Catat bahwa %1 menarik persetujuan untuk “%2” (%3)? Penarikan langsung berlaku: ekspor audiens tidak lagi menyertakan pelanggan ini.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detail</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Persetujuan</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>Per&amp;mintaan</translation>
    </message>
    <message>
        <source>D&amp;isclosures</source>
        <translation>Pen&amp;gungkapan</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referensi:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nama lengkap:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Tanggal lahir:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Negara:</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>Yurisdiksi:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Dibuat:</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>Terakhir diubah:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>Correct &amp;Field…</source>
        <translation>Perbaiki &amp;Isian…</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Pemberitahuan</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>May use</source>
        <translation>Boleh digunakan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <source>Notice version</source>
        <translation>Versi pemberitahuan</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Kategori data</translation>
    </message>
    <message>
        <source>No consent event recorded yet.</source>
        <translation>Belum ada peristiwa persetujuan yang dicatat.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Belum ada.</translation>
    </message>
    <message>
        <source>&amp;Grant…</source>
        <translation>&amp;Berikan Persetujuan…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Tarik Persetujuan</translation>
    </message>
    <message>
        <source>Withdrawal via:</source>
        <translation>Penarikan melalui:</translation>
    </message>
    <message>
        <source>Consent Receipt (&amp;JSON)…</source>
        <translation>Tanda Terima Persetujuan (&amp;JSON)…</translation>
    </message>
    <message>
        <source>Consent Receipt (&amp;PDF)…</source>
        <translation>Tanda Terima Persetujuan (PD&amp;F)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>Another customer already has this customer reference.</source>
        <translation>Pelanggan lain sudah menggunakan referensi pelanggan ini.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>tanggal lahir</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>customer reference</source>
        <translation>referensi pelanggan</translation>
    </message>
    <message>
        <source>restriction</source>
        <translation>pembatasan</translation>
    </message>
    <message>
        <source>objection</source>
        <translation>keberatan</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>Pelanggan harus memiliki nama.</translation>
    </message>
    <message>
        <source>A field is too long.</source>
        <translation>Salah satu isian terlalu panjang.</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>Alamat email tidak valid.</translation>
    </message>
    <message>
        <source>The phone number is not valid (give it with its country code, e.g. +62 812 3456 7890).</source>
        <translation>Nomor telepon tidak valid (tuliskan beserta kode negaranya, mis. +62 812 3456 7890).</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s jurisdiction.</source>
        <translation>Pilih yurisdiksi pelanggan.</translation>
    </message>
    <message>
        <source>There is no such customer.</source>
        <translation>Pelanggan tersebut tidak ditemukan.</translation>
    </message>
    <message>
        <source>This customer&apos;s data was erased.</source>
        <translation>Data pelanggan ini telah dihapus.</translation>
    </message>
    <message>
        <source>%1 (by %2, %3 UTC)</source>
        <translation>%1 (oleh %2, %3 UTC)</translation>
    </message>
    <message>
        <source>Someone else changed this customer since you opened the record. Nothing was overwritten: reload the record to see the changes, then correct it again.</source>
        <translation>Orang lain telah mengubah data pelanggan ini sejak Anda membuka catatannya. Tidak ada yang ditimpa: muat ulang catatan untuk melihat perubahannya, lalu perbaiki lagi.</translation>
    </message>
    <message>
        <source>Changed since: %1.</source>
        <translation>Yang diubah sejak itu: %1.</translation>
    </message>
    <message>
        <source>Say why the field is corrected (at least a few words).</source>
        <translation>Jelaskan alasan isian ini diperbaiki (sedikitnya beberapa kata).</translation>
    </message>
    <message>
        <source>Give the birth date as YYYY-MM-DD.</source>
        <translation>Tuliskan tanggal lahir dalam format YYYY-MM-DD (mis. 1990-08-17).</translation>
    </message>
    <message>
        <source>Say why (at least a few words).</source>
        <translation>Jelaskan alasannya (sedikitnya beberapa kata).</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <comment>page title</comment>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Name (any part), email, phone or customer reference</source>
        <translation>Nama (bagian mana pun), email, telepon, atau referensi pelanggan</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Cari pelanggan</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>any status</comment>
        <translation>Semua</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Yurisdiksi:</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>any jurisdiction</comment>
        <translation>Semua</translation>
    </message>
    <message>
        <source>&amp;Consent for:</source>
        <translation>&amp;Persetujuan untuk:</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Semua tujuan</translation>
    </message>
    <message>
        <source>Any consent state</source>
        <translation>Semua keadaan persetujuan</translation>
    </message>
    <message>
        <source>Granted, current</source>
        <translation>Diberikan, berlaku</translation>
    </message>
    <message>
        <source>Granted (stale or not)</source>
        <translation>Diberikan (kedaluwarsa atau tidak)</translation>
    </message>
    <message>
        <source>Needs re-consent</source>
        <translation>Perlu persetujuan ulang</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Belum ada keputusan</translation>
    </message>
    <message>
        <source>Consent state</source>
        <translation>Keadaan persetujuan</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>Pelanggan &amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>B&amp;uka</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>Audience &amp;Export…</source>
        <translation>&amp;Ekspor Audiens…</translation>
    </message>
    <message>
        <source>Export the customers who may be contacted for a purpose, as CSV for a mailing tool</source>
        <translation>Ekspor pelanggan yang boleh dihubungi untuk suatu tujuan, sebagai CSV untuk alat pengiriman email</translation>
    </message>
    <message>
        <source>Name search is unavailable: %1</source>
        <translation>Pencarian nama tidak tersedia: %1</translation>
    </message>
    <message>
        <source>Name index: building %1%</source>
        <translation>Indeks nama: sedang dibangun %1%</translation>
    </message>
    <message>
        <source>by email</source>
        <comment>found by</comment>
        <translation>berdasarkan email</translation>
    </message>
    <message>
        <source>by phone</source>
        <comment>found by</comment>
        <translation>berdasarkan telepon</translation>
    </message>
    <message>
        <source>by customer reference</source>
        <comment>found by</comment>
        <translation>berdasarkan referensi pelanggan</translation>
    </message>
    <message>
        <source>by name</source>
        <comment>found by</comment>
        <translation>berdasarkan nama</translation>
    </message>
    <message>
        <source>Searching names… the name index is still being built; results follow when it is ready.</source>
        <translation>Mencari nama… indeks nama masih sedang dibangun; hasil akan muncul setelah indeks siap.</translation>
    </message>
    <message>
        <source>%1 found %2; showing the first %3.</source>
        <translation>%1 ditemukan %2; menampilkan %3 yang pertama.</translation>
    </message>
    <message numerus="yes">
        <source>%n found %1.</source>
        <translation>
            <numerusform>%n ditemukan %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 customers</source>
        <comment>count</comment>
        <translation>%1 pelanggan</translation>
    </message>
</context>
<context>
    <name>CustomersTableModel</name>
    <message>
        <source>Active</source>
        <comment>customer status</comment>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Restricted</source>
        <comment>customer status</comment>
        <translation>Dibatasi</translation>
    </message>
    <message>
        <source>Erased</source>
        <comment>customer status</comment>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>%1, objected</source>
        <comment>customer status, objection</comment>
        <translation>%1, mengajukan keberatan</translation>
    </message>
    <message>
        <source>(unreadable: damaged or tampered data)</source>
        <translation>(tidak terbaca: data rusak atau telah dimanipulasi)</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(tidak tersedia)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Reference</source>
        <comment>external customer reference</comment>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Yurisdiksi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <comment>page title</comment>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>This page will show open requests, upcoming deadlines and consent figures at a glance; it arrives in a later version of Amanah.</source>
        <translation>Halaman ini akan menampilkan sekilas permintaan yang masih terbuka, tenggat yang akan datang, dan angka persetujuan; halaman ini akan tersedia pada versi Amanah mendatang.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt database driver %1 is not installed (Debian: libqt6sql6-%2).</source>
        <translation>Driver basis data Qt %1 tidak terpasang (Debian: libqt6sql6-%2).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>The workspace is read-only: %1</source>
        <translation>Ruang kerja hanya dapat dibaca: %1</translation>
    </message>
    <message>
        <source>“%1” is damaged or is not an Amanah workspace.</source>
        <translation>“%1” rusak atau bukan ruang kerja Amanah.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>Basis data menolak perubahan: %1</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not an Amanah workspace.</source>
        <translation>“%1” adalah basis data SQLite milik program lain, bukan ruang kerja Amanah.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of Amanah (schema %1; this version knows up to %2). Install the newer Amanah to open it; the workspace was not changed.</source>
        <translation>Ruang kerja ini ditulis oleh versi Amanah yang lebih baru (skema %1; versi ini hanya mengenal hingga %2). Pasang Amanah versi yang lebih baru untuk membukanya; ruang kerja ini tidak diubah.</translation>
    </message>
    <message>
        <source>Updating the workspace to schema %1 failed: %2</source>
        <translation>Pembaruan ruang kerja ke skema %1 gagal: %2</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation>“%1” adalah folder, bukan berkas ruang kerja.</translation>
    </message>
    <message>
        <source>There is no workspace file at “%1”.</source>
        <translation>Tidak ada berkas ruang kerja di “%1”.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Folder “%1” tidak ada.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written.</source>
        <translation>Folder “%1” tidak dapat ditulisi.</translation>
    </message>
    <message>
        <source>The workspace file “%1” cannot be read.</source>
        <translation>Berkas ruang kerja “%1” tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>“%1” is not an Amanah workspace (it is not an SQLite database).</source>
        <translation>“%1” bukan ruang kerja Amanah (bukan basis data SQLite).</translation>
    </message>
    <message>
        <source>The workspace file “%1” is read-only. Amanah needs to write to it and to its folder.</source>
        <translation>Berkas ruang kerja “%1” hanya dapat dibaca. Amanah perlu menulis ke berkas tersebut dan ke foldernya.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the user name or password for “%1”.</source>
        <translation>Server PostgreSQL menolak nama pengguna atau kata sandi untuk “%1”.</translation>
    </message>
    <message>
        <source>The PostgreSQL server has no database “%1”. Ask its administrator to create it.</source>
        <translation>Server PostgreSQL tidak memiliki basis data “%1”. Minta administratornya untuk membuatnya.</translation>
    </message>
    <message>
        <source>The PostgreSQL server for “%1” could not be reached: %2</source>
        <translation>Server PostgreSQL untuk “%1” tidak dapat dijangkau: %2</translation>
    </message>
    <message>
        <source>The workspace file “%1” cannot be created or written here. Choose a folder you can write to.</source>
        <translation>Berkas ruang kerja “%1” tidak dapat dibuat atau ditulis di sini. Pilih folder yang dapat Anda tulisi.</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be opened: %2</source>
        <translation>Ruang kerja “%1” tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>The transaction was already closed.</source>
        <translation>Transaksi sudah ditutup.</translation>
    </message>
    <message>
        <source>The change was undone because one of its steps failed.</source>
        <translation>Perubahan dibatalkan karena salah satu langkahnya gagal.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Unknown jurisdiction “%1”: use GDPR, UU_PDP, CCPA or LGPD.</source>
        <translation>Yurisdiksi “%1” tidak dikenal: gunakan GDPR, UU_PDP, CCPA, atau LGPD.</translation>
    </message>
    <message>
        <source>The law does not allow this request&apos;s deadline to be extended.</source>
        <translation>Hukum tidak mengizinkan tenggat permintaan ini diperpanjang.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Demo shop</source>
        <translation>Toko demo</translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation>Administrator demo</translation>
    </message>
    <message>
        <source>Demo privacy notice, version %1.</source>
        <translation>Pemberitahuan privasi demo, versi %1.</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>PDF documents need the graphical application to be running.</source>
        <translation>Dokumen PDF memerlukan aplikasi grafis yang sedang berjalan.</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Berkas %1 tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Web checkbox</source>
        <translation>Kotak centang web</translation>
    </message>
    <message>
        <source>Email link</source>
        <translation>Tautan email</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>consent channel</comment>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>Di toko</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Formulir kertas</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>consent channel</comment>
        <translation>Impor</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Belum ada keputusan</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Diberikan</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Kewajiban hukum</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Kepentingan yang sah</translation>
    </message>
    <message>
        <source>Vital interest</source>
        <translation>Kepentingan vital</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Tugas publik</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Akses</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Perbaikan</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Penghapusan</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Pembatasan</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Keberatan</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Portabilitas data</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Penarikan persetujuan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Identity verification</source>
        <translation>Verifikasi identitas</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Sedang ditinjau</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>request state</comment>
        <translation>Ditarik</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Dilaksanakan</translation>
    </message>
</context>
<context>
    <name>FairUse</name>
    <message>
        <source>Allowed: the customer&apos;s consent is current.</source>
        <translation>Diizinkan: persetujuan pelanggan masih berlaku.</translation>
    </message>
    <message>
        <source>Allowed: the purpose rests on a legal basis other than consent.</source>
        <translation>Diizinkan: tujuan pemrosesan ini didasarkan pada dasar hukum selain persetujuan.</translation>
    </message>
    <message>
        <source>Refused: there is no such customer.</source>
        <translation>Ditolak: pelanggan tersebut tidak ditemukan.</translation>
    </message>
    <message>
        <source>Refused: the customer&apos;s data was erased.</source>
        <translation>Ditolak: data pelanggan telah dihapus.</translation>
    </message>
    <message>
        <source>Refused: there is no such purpose.</source>
        <translation>Ditolak: tujuan pemrosesan tersebut tidak ditemukan.</translation>
    </message>
    <message>
        <source>Refused: the purpose is no longer active.</source>
        <translation>Ditolak: tujuan pemrosesan sudah tidak aktif.</translation>
    </message>
    <message>
        <source>Refused: processing of this customer&apos;s data is restricted; it may only be stored.</source>
        <translation>Ditolak: pemrosesan data pelanggan ini dibatasi; data hanya boleh disimpan.</translation>
    </message>
    <message>
        <source>Refused: the customer objected to this kind of processing.</source>
        <translation>Ditolak: pelanggan mengajukan keberatan terhadap jenis pemrosesan ini.</translation>
    </message>
    <message>
        <source>Refused: the customer never gave consent for this purpose.</source>
        <translation>Ditolak: pelanggan tidak pernah memberikan persetujuan untuk tujuan ini.</translation>
    </message>
    <message>
        <source>Refused: the customer withdrew consent for this purpose.</source>
        <translation>Ditolak: pelanggan telah menarik persetujuan untuk tujuan ini.</translation>
    </message>
    <message>
        <source>Refused: consent was given under an older privacy notice; a material change since needs the customer&apos;s consent again.</source>
        <translation>Ditolak: persetujuan diberikan berdasarkan pemberitahuan privasi yang lebih lama; perubahan material sejak saat itu memerlukan persetujuan ulang dari pelanggan.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set Up a New Workspace</source>
        <translation>Siapkan Ruang Kerja Baru</translation>
    </message>
    <message>
        <source>&amp;Create Workspace</source>
        <translation>Buat &amp;Ruang Kerja</translation>
    </message>
</context>
<context>
    <name>GrantConsentDialog</name>
    <message>
        <source>%1 (%2, effective %3)</source>
        <translation>%1 (%2, berlaku %3)</translation>
    </message>
    <message>
        <source>Record Consent Granted</source>
        <translation>Catat Persetujuan yang Diberikan</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Tujuan:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Saluran:</translation>
    </message>
    <message>
        <source>&amp;Notice version:</source>
        <translation>&amp;Versi pemberitahuan:</translation>
    </message>
    <message>
        <source>The version in effect now</source>
        <translation>Versi yang berlaku saat ini</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>Bu&amp;kti:</translation>
    </message>
    <message>
        <source>e.g. form number, call reference, IP address</source>
        <translation>mis. nomor formulir, referensi panggilan, alamat IP</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Berikan</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Customers</source>
        <translation>Impor Pelanggan</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Berkas CSV (*.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Berkas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The file has no header row: is it a CSV file?</source>
        <translation>Berkas tidak memiliki baris judul: apakah ini berkas CSV?</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(tidak diimpor)</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Kolom %1: %2</translation>
    </message>
    <message>
        <source>“%1” (column %2)</source>
        <translation>“%1” (kolom %2)</translation>
    </message>
    <message>
        <source>No consent columns found (name them consent:&lt;purpose code&gt;).</source>
        <translation>Tidak ditemukan kolom persetujuan (beri nama consent:&lt;purpose code&gt;).</translation>
    </message>
    <message>
        <source>Consent columns: %1</source>
        <translation>Kolom persetujuan: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Memeriksa setiap baris…</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Berkas tidak dapat diperiksa: %1</translation>
    </message>
    <message>
        <source>%1 row(s) read: %2 good, %3 bad (of which %4 duplicate(s) by email).</source>
        <translation>%1 baris dibaca: %2 benar, %3 salah (termasuk %4 duplikat berdasarkan email).</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Semua baris dapat diimpor.</translation>
    </message>
    <message>
        <source>By default nothing is imported while any row is bad: correct the file, or import only the good rows.</source>
        <translation>Secara bawaan, tidak ada yang diimpor selama masih ada baris yang salah: perbaiki berkas, atau impor hanya baris yang benar.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Tidak ada yang diimpor: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 row(s) are bad (see the report). Correct the file, or run the import again and choose to import only the good rows.</source>
        <translation>Tidak ada yang diimpor: %1 baris salah (lihat laporan). Perbaiki berkas, atau jalankan impor lagi dan pilih untuk mengimpor hanya baris yang benar.</translation>
    </message>
    <message>
        <source>%1 customer(s) and %2 consent event(s) were imported; %3 bad row(s) were left out. The import was recorded in the audit trail as one action.</source>
        <translation>%1 pelanggan dan %2 peristiwa persetujuan telah diimpor; %3 baris yang salah dilewati. Impor ini dicatat dalam jejak audit sebagai satu tindakan.</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Pilih berkas CSV</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Cocokkan kolom</translation>
    </message>
    <message>
        <source>Which column of the file holds each customer field</source>
        <translation>Kolom berkas mana yang berisi setiap isian pelanggan</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Periksa baris</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>A CSV file with a header row: one customer per row, and optionally one column per purpose named consent:&lt;purpose code&gt;. Every row is checked before anything is written.</source>
        <translation>Berkas CSV dengan baris judul: satu pelanggan per baris, dan secara opsional satu kolom per tujuan bernama consent:&lt;purpose code&gt;. Setiap baris diperiksa sebelum apa pun ditulis.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Ber&amp;kas:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Referensi pelanggan</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Yurisdiksi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Import &amp;only the good rows (the bad ones are left out)</source>
        <translation>Impor &amp;hanya baris yang benar (baris yang salah dilewati)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Batalkan Impor</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Tidak Dapat Membuka Ruang Kerja</translation>
    </message>
    <message>
        <source>Amanah could not open the workspace %1.

%2</source>
        <translation>Amanah tidak dapat membuka ruang kerja %1.

%2</translation>
    </message>
    <message>
        <source>Open Workspace File</source>
        <translation>Buka Berkas Ruang Kerja</translation>
    </message>
    <message>
        <source>Amanah workspaces (*.amanah *.sqlite *.db);;All files (*)</source>
        <translation>Ruang kerja Amanah (*.amanah *.sqlite *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Amanah could not create the folder %1 for the demo workspace.</source>
        <translation>Amanah tidak dapat membuat folder %1 untuk ruang kerja demo.</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Menyiapkan ruang kerja demo…</translation>
    </message>
    <message>
        <source>Amanah</source>
        <translation>Amanah</translation>
    </message>
    <message>
        <source>Amanah could not create the demo workspace.

%1</source>
        <translation>Amanah tidak dapat membuat ruang kerja demo.

%1</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Ruang Kerja Baru</translation>
    </message>
    <message>
        <source>Amanah workspaces (*.amanah);;All files (*)</source>
        <translation>Ruang kerja Amanah (*.amanah);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation>Tidak Dapat Membuat Ruang Kerja</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose a new name, or open it with Open Workspace File.</source>
        <translation>Berkas %1 sudah ada. Pilih nama baru, atau buka berkas tersebut dengan Buka Berkas Ruang Kerja.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>Ruang Kerja &amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace File…</source>
        <translation>B&amp;uka Berkas Ruang Kerja…</translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>&amp;Sambungkan ke PostgreSQL…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>Buka Ruang Kerja &amp;Demo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka &amp;Terkini</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Kosongkan Daftar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar dari Amanah</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;About Amanah</source>
        <translation>&amp;Tentang Amanah</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Choose the page to show</source>
        <translation>Pilih halaman yang akan ditampilkan</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Tidak ada ruang kerja yang terbuka.</translation>
    </message>
    <message>
        <source>%1 — %2 — Amanah</source>
        <comment>window title: user, workspace name</comment>
        <translation>%1 — %2 — Amanah</translation>
    </message>
    <message>
        <source>%1 — Amanah</source>
        <comment>window title: workspace name</comment>
        <translation>%1 — Amanah</translation>
    </message>
    <message>
        <source>%1 — %2 workspace, schema version %3</source>
        <comment>status bar: location, backend, schema</comment>
        <translation>%1 — ruang kerja %2, versi skema %3</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Tidak ada ruang kerja terkini</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Akun</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>Ubah Kata &amp;Sandi…</translation>
    </message>
    <message>
        <source>&amp;Two-Factor Sign-In…</source>
        <translation>&amp;Masuk Dua Faktor…</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>K&amp;unci Sekarang</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>&amp;Keluar</translation>
    </message>
</context>
<context>
    <name>NameIndex</name>
    <message>
        <source>Building the name index was cancelled.</source>
        <translation>Pembuatan indeks nama dibatalkan.</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation>Pelanggan Baru</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>Customer &amp;reference:</source>
        <translation>&amp;Referensi pelanggan:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Tanggal la&amp;hir:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Negara:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Yurisdiksi:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>e.g. +62 812 3456 7801</source>
        <translation>mis. +62 812 3456 7801</translation>
    </message>
    <message>
        <source>two letters, e.g. ID</source>
        <translation>dua huruf, mis. ID</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Only what the shop needs to know</source>
        <translation>Hanya yang perlu diketahui toko</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>B&amp;uat</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message numerus="yes">
        <source>Use at least %n characters. A phrase of several words is easy to remember.</source>
        <translation>
            <numerusform>Gunakan sedikitnya %n karakter. Frasa yang terdiri atas beberapa kata mudah diingat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the password again to confirm it.</source>
        <translation>Ketik kata sandi sekali lagi untuk mengonfirmasinya.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi berbeda.</translation>
    </message>
    <message>
        <source>This password can be used.</source>
        <translation>Kata sandi ini dapat digunakan.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
</context>
<context>
    <name>NoticeService</name>
    <message>
        <source>Give the notice version a short label, e.g. 2026-03.</source>
        <translation>Beri versi pemberitahuan sebuah label singkat, mis. 2026-03.</translation>
    </message>
    <message>
        <source>The notice text is empty.</source>
        <translation>Teks pemberitahuan kosong.</translation>
    </message>
    <message>
        <source>Choose the notice&apos;s language.</source>
        <translation>Pilih bahasa pemberitahuan.</translation>
    </message>
    <message>
        <source>A notice version with this label exists already.</source>
        <translation>Versi pemberitahuan dengan label ini sudah ada.</translation>
    </message>
    <message>
        <source>There is no such notice version.</source>
        <translation>Versi pemberitahuan tersebut tidak ditemukan.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>Kata sandi terlalu pendek: gunakan sedikitnya %1 karakter.</translation>
    </message>
    <message>
        <source>The password is too short: without two-factor sign-in use at least %1 characters. A few unrelated words make a long password that is easy to remember.</source>
        <translation>Kata sandi terlalu pendek: tanpa masuk dua faktor, gunakan sedikitnya %1 karakter. Beberapa kata yang tidak saling berkaitan menghasilkan kata sandi panjang yang mudah diingat.</translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation>Kata sandi terlalu panjang: gunakan paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>This password is on a list of commonly used passwords that attackers try first. Choose another.</source>
        <translation>Kata sandi ini ada dalam daftar kata sandi umum yang pertama kali dicoba oleh penyerang. Pilih kata sandi lain.</translation>
    </message>
    <message>
        <source>The password must not be your user name.</source>
        <translation>Kata sandi tidak boleh sama dengan nama pengguna Anda.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Customer service agent</source>
        <translation>Agen layanan pelanggan</translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation>Petugas privasi</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>PortabilityPackage</name>
    <message>
        <source>Request %1 is not a portability request.</source>
        <translation>Permintaan %1 bukan permintaan portabilitas data.</translation>
    </message>
    <message>
        <source>Match the request to a customer first.</source>
        <translation>Cocokkan permintaan dengan pelanggan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Only an approved request can be answered; this one is “%1”.</source>
        <translation>Hanya permintaan yang telah disetujui yang dapat dijawab; status permintaan ini “%1”.</translation>
    </message>
</context>
<context>
    <name>PublishNoticeDialog</name>
    <message>
        <source>Publish Notice Version</source>
        <translation>Terbitkan Versi Pemberitahuan</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Teks:</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>Berlaku &amp;sejak:</translation>
    </message>
    <message>
        <source>e.g. 2026-03</source>
        <translation>mis. 2026-03</translation>
    </message>
    <message>
        <source>&amp;Material change: customers must consent again once it is in effect</source>
        <translation>Perubahan &amp;material: pelanggan harus memberikan persetujuan lagi setelah versi ini berlaku</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>Terbit&amp;kan</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <source>New Purpose</source>
        <translation>Tujuan Baru</translation>
    </message>
    <message>
        <source>Edit Purpose</source>
        <translation>Ubah Tujuan</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Deskripsi:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>Dasar &amp;hukum:</translation>
    </message>
    <message>
        <source>Data &amp;categories:</source>
        <translation>Kategori da&amp;ta:</translation>
    </message>
    <message>
        <source>&amp;Retention (days):</source>
        <translation>&amp;Retensi (hari):</translation>
    </message>
    <message>
        <source>Purpose c&amp;ategory:</source>
        <translation>Kategori t&amp;ujuan:</translation>
    </message>
    <message>
        <source>e.g. newsletter (cannot be changed later)</source>
        <translation>mis. newsletter (tidak dapat diubah nanti)</translation>
    </message>
    <message>
        <source>comma-separated, e.g. name, email</source>
        <translation>dipisahkan koma, mis. nama, email</translation>
    </message>
    <message>
        <source>e.g. Marketing, Core function</source>
        <translation>mis. Pemasaran, Fungsi inti</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>tidak diatur</translation>
    </message>
    <message>
        <source>&amp;Marketing (an objection always stops it)</source>
        <translation>&amp;Pemasaran (keberatan selalu menghentikannya)</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>Akt&amp;if</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Buat</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>PurposeService</name>
    <message>
        <source>A purpose code is 1 to 40 lower-case letters, digits, _ or -, e.g. newsletter.</source>
        <translation>Kode tujuan pemrosesan terdiri atas 1 hingga 40 huruf kecil, angka, _ atau -, mis. newsletter.</translation>
    </message>
    <message>
        <source>Give the purpose a name.</source>
        <translation>Beri nama tujuan pemrosesan.</translation>
    </message>
    <message>
        <source>The retention period cannot be negative.</source>
        <translation>Masa retensi tidak boleh negatif.</translation>
    </message>
    <message>
        <source>A chosen recipient does not exist.</source>
        <translation>Salah satu penerima yang dipilih tidak ada.</translation>
    </message>
    <message>
        <source>A purpose with this code exists already.</source>
        <translation>Tujuan pemrosesan dengan kode ini sudah ada.</translation>
    </message>
    <message>
        <source>Someone else changed this purpose since you opened it. Nothing was overwritten: reload it and make your change again.</source>
        <translation>Orang lain telah mengubah tujuan pemrosesan ini sejak Anda membukanya. Tidak ada yang ditimpa: muat ulang, lalu lakukan perubahan Anda lagi.</translation>
    </message>
    <message>
        <source>There is no such purpose.</source>
        <translation>Tujuan pemrosesan tersebut tidak ditemukan.</translation>
    </message>
    <message>
        <source>There is no purpose %1.</source>
        <translation>Tujuan pemrosesan %1 tidak ditemukan.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Required; recorded in the audit trail</source>
        <translation>Wajib diisi; dicatat dalam jejak audit</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover the Administrator Password</source>
        <translation>Pulihkan Kata Sandi Administrator</translation>
    </message>
    <message>
        <source>Type the recovery key that was shown when this workspace was set up, the user name of an administrator, and a new password for that administrator.</source>
        <translation>Ketik kunci pemulihan yang ditampilkan saat ruang kerja ini disiapkan, nama pengguna seorang administrator, dan kata sandi baru untuk administrator tersebut.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Kunci pemulihan:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>&amp;Nama pengguna administrator:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <source>ABCD-EFGH-…</source>
        <translation>ABCD-EFGH-…</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>Nama pengguna administrator</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Pulihkan</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <source>Amanah recovery key</source>
        <translation>Kunci pemulihan Amanah</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Ruang kerja: %1</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe, away from the computer. With it, a forgotten administrator password can be replaced; anyone who has it can open the workspace.</source>
        <translation>Simpan halaman ini di tempat yang aman, jauh dari komputer. Dengan halaman ini, kata sandi administrator yang terlupa dapat diganti; siapa pun yang memilikinya dapat membuka ruang kerja.</translation>
    </message>
    <message>
        <source>Recovery Key</source>
        <translation>Kunci Pemulihan</translation>
    </message>
    <message>
        <source>The workspace is ready. This key is shown only now.</source>
        <translation>Ruang kerja sudah siap. Kunci ini hanya ditampilkan sekarang.</translation>
    </message>
    <message>
        <source>If every administrator forgets their password, this key is the only way back into the workspace&apos;s data. Print it or write it down and keep it somewhere safe, away from this computer. Anyone who has it can open the workspace.</source>
        <translation>Jika semua administrator lupa kata sandinya, kunci ini adalah satu-satunya cara untuk kembali mengakses data ruang kerja. Cetak atau tulis kunci ini, lalu simpan di tempat yang aman, jauh dari komputer ini. Siapa pun yang memilikinya dapat membuka ruang kerja.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>I have stored the recovery key somewhere safe</source>
        <translation>Saya telah menyimpan kunci pemulihan di tempat yang aman</translation>
    </message>
</context>
<context>
    <name>RectifyDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>Correct Field</source>
        <translation>Perbaiki Isian</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Isian:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Saat ini:</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>Nilai &amp;baru:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Required, e.g. “customer called: moved house” (recorded in the audit trail)</source>
        <translation>Wajib diisi, mis. “pelanggan menelepon: pindah rumah” (dicatat dalam jejak audit)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Muat Ulang</translation>
    </message>
    <message>
        <source>&amp;Save Correction</source>
        <translation>&amp;Simpan Perbaikan</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <comment>page title</comment>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>This page will produce compliance reports to print or export; it arrives in a later version of Amanah.</source>
        <translation>Halaman ini akan menghasilkan laporan kepatuhan untuk dicetak atau diekspor; halaman ini akan tersedia pada versi Amanah mendatang.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request %1: %2</source>
        <translation>Permintaan %1: %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Keadaan: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Saluran: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Diterima: %1</translation>
    </message>
    <message>
        <source>Jurisdiction: %1</source>
        <translation>Yurisdiksi: %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Pelanggan: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Requester: %1</source>
        <translation>Pemohon: %1</translation>
    </message>
    <message>
        <source>no longer readable</source>
        <translation>tidak dapat dibaca lagi</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (lewat tenggat)</translation>
    </message>
    <message>
        <source>%1 (clock paused during identity verification)</source>
        <translation>%1 (jam dihentikan sementara selama verifikasi identitas)</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Tenggat: %1</translation>
    </message>
    <message>
        <source>Deadline source: %1</source>
        <translation>Sumber tenggat: %1</translation>
    </message>
    <message>
        <source>Acknowledge by: %1</source>
        <translation>Konfirmasi penerimaan paling lambat: %1</translation>
    </message>
    <message>
        <source>Extended to %1: %2</source>
        <translation>Diperpanjang hingga %1: %2</translation>
    </message>
    <message>
        <source>Identity verified: %1, by %2, %3</source>
        <translation>Identitas diverifikasi: %1, oleh %2, %3</translation>
    </message>
    <message>
        <source>Identity verified: not yet</source>
        <translation>Identitas diverifikasi: belum</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Penanggung jawab: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>tidak seorang pun</translation>
    </message>
    <message>
        <source>Possible duplicate of request %1</source>
        <translation>Kemungkinan duplikat permintaan %1</translation>
    </message>
    <message>
        <source>Decision by %1: %2</source>
        <translation>Keputusan oleh %1: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Riwayat:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pelaku</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Verification &amp;method:</source>
        <translation>&amp;Metode verifikasi:</translation>
    </message>
    <message>
        <source>Rejection &amp;reason:</source>
        <translation>&amp;Alasan penolakan:</translation>
    </message>
    <message>
        <source>&amp;Justification or note:</source>
        <translation>&amp;Justifikasi atau catatan:</translation>
    </message>
    <message numerus="yes">
        <source>Required to reject (at least %n characters) and to extend</source>
        <translation>
            <numerusform>Wajib untuk menolak (minimal %n karakter) dan untuk memperpanjang</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start Verification</source>
        <translation>Mulai &amp;Verifikasi</translation>
    </message>
    <message>
        <source>Record &amp;Verification</source>
        <translation>&amp;Catat Verifikasi</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Setujui</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>T&amp;olak</translation>
    </message>
    <message>
        <source>E&amp;xtend Deadline</source>
        <translation>&amp;Perpanjang Tenggat</translation>
    </message>
    <message>
        <source>&amp;Withdrawn by Customer</source>
        <translation>Ditarik oleh Pe&amp;langgan</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>Selesa&amp;ikan</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>T&amp;utup</translation>
    </message>
</context>
<context>
    <name>RequestIntakeDialog</name>
    <message numerus="yes">
        <source>%n customers match; use the customer reference instead.</source>
        <translation>
            <numerusform>%n pelanggan cocok; gunakan referensi pelanggan sebagai gantinya.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer has this email or reference. Clear the field to log the request without a customer.</source>
        <translation>Tidak ada pelanggan dengan email atau referensi ini. Kosongkan kolom ini untuk mencatat permintaan tanpa pelanggan.</translation>
    </message>
    <message>
        <source>The request cannot have been received in the future.</source>
        <translation>Waktu diterimanya permintaan tidak boleh di masa mendatang.</translation>
    </message>
    <message>
        <source>New Request</source>
        <translation>Permintaan Baru</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Saluran:</translation>
    </message>
    <message>
        <source>&amp;Received at:</source>
        <translation>&amp;Diterima pada:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Pelanggan:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Yurisdiksi:</translation>
    </message>
    <message>
        <source>Requester &amp;name:</source>
        <translation>&amp;Nama pemohon:</translation>
    </message>
    <message>
        <source>Requester &amp;email:</source>
        <translation>&amp;Email pemohon:</translation>
    </message>
    <message>
        <source>Requester &amp;phone:</source>
        <translation>&amp;Telepon pemohon:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>exact email or customer reference; empty: no customer</source>
        <translation>email persis atau referensi pelanggan; kosong: tanpa pelanggan</translation>
    </message>
    <message>
        <source>The customer&apos;s or the workspace&apos;s</source>
        <translation>Milik pelanggan atau milik ruang kerja</translation>
    </message>
    <message>
        <source>What the requester asked for, in their words</source>
        <translation>Apa yang diminta pemohon, dengan kata-katanya sendiri</translation>
    </message>
    <message>
        <source>Customer found.</source>
        <translation>Pelanggan ditemukan.</translation>
    </message>
    <message>
        <source>No customer has this email or reference.</source>
        <translation>Tidak ada pelanggan dengan email atau referensi ini.</translation>
    </message>
    <message>
        <source>No customer: the request is logged on its own.</source>
        <translation>Tanpa pelanggan: permintaan dicatat secara tersendiri.</translation>
    </message>
    <message>
        <source>&amp;Log Request</source>
        <translation>Catat Per&amp;mintaan</translation>
    </message>
</context>
<context>
    <name>RequestService</name>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Berkas %1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Someone else changed this request since you opened it. Nothing was overwritten: reload it and try again.</source>
        <translation>Orang lain telah mengubah permintaan ini sejak Anda membukanya. Tidak ada yang ditimpa: muat ulang permintaan, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulir web</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>Di toko</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Pos</translation>
    </message>
    <message>
        <source>In the app (signed in)</source>
        <translation>Di aplikasi (sudah masuk)</translation>
    </message>
    <message>
        <source>Signed-in customer account</source>
        <translation>Akun pelanggan yang sudah masuk</translation>
    </message>
    <message>
        <source>Code sent to the customer&apos;s email address</source>
        <translation>Kode dikirim ke alamat email pelanggan</translation>
    </message>
    <message>
        <source>ID document seen in person (not stored)</source>
        <translation>Dokumen identitas diperiksa secara langsung (tidak disimpan)</translation>
    </message>
    <message>
        <source>Identity not verified</source>
        <translation>Identitas tidak terverifikasi</translation>
    </message>
    <message>
        <source>Insufficient verification</source>
        <translation>Verifikasi tidak memadai</translation>
    </message>
    <message>
        <source>No matching customer</source>
        <translation>Tidak ada pelanggan yang cocok</translation>
    </message>
    <message>
        <source>Request not covered by the law</source>
        <translation>Permintaan tidak tercakup oleh hukum</translation>
    </message>
    <message>
        <source>Outside the jurisdiction</source>
        <translation>Di luar yurisdiksi</translation>
    </message>
    <message>
        <source>Manifestly unfounded or excessive</source>
        <translation>Jelas tidak berdasar atau berlebihan</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Alasan lain</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Permintaan %1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>The requester&apos;s details cannot be read (the key is gone).</source>
        <translation>Detail pemohon tidak dapat dibaca (kuncinya sudah tidak ada).</translation>
    </message>
    <message>
        <source>Choose how the request came in (%1).</source>
        <translation>Pilih cara permintaan diterima (%1).</translation>
    </message>
    <message>
        <source>A request cannot be received in the future.</source>
        <translation>Permintaan tidak dapat diterima pada waktu di masa mendatang.</translation>
    </message>
    <message>
        <source>A field is too long.</source>
        <translation>Salah satu isian terlalu panjang.</translation>
    </message>
    <message>
        <source>Say who made the request: match a customer or give the requester&apos;s details.</source>
        <translation>Sebutkan siapa yang mengajukan permintaan: cocokkan dengan pelanggan atau berikan detail pemohon.</translation>
    </message>
    <message>
        <source>There is no such customer.</source>
        <translation>Pelanggan tersebut tidak ditemukan.</translation>
    </message>
    <message>
        <source>This customer&apos;s data was erased.</source>
        <translation>Data pelanggan ini telah dihapus.</translation>
    </message>
    <message>
        <source>There is no purpose %1.</source>
        <translation>Tujuan pemrosesan %1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>Requests can only be assigned to staff who handle them.</source>
        <translation>Permintaan hanya dapat ditugaskan kepada staf yang menangani permintaan.</translation>
    </message>
    <message>
        <source>This request is closed (%1); it cannot change.</source>
        <translation>Permintaan ini sudah ditutup (%1); permintaan ini tidak dapat diubah.</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Ditugaskan kepada %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <source>Identity verification started</source>
        <translation>Verifikasi identitas dimulai</translation>
    </message>
    <message>
        <source>Identity verified: %1</source>
        <translation>Identitas terverifikasi: %1</translation>
    </message>
    <message>
        <source>Say why the request is approved.</source>
        <translation>Sebutkan alasan permintaan disetujui.</translation>
    </message>
    <message>
        <source>Write the justification the customer will read (at least %1 characters).</source>
        <translation>Tulis justifikasi yang akan dibaca pelanggan (sedikitnya %1 karakter).</translation>
    </message>
    <message>
        <source>This request was already extended; the law allows one extension only.</source>
        <translation>Permintaan ini sudah diperpanjang; hukum hanya mengizinkan satu kali perpanjangan.</translation>
    </message>
    <message>
        <source>Give the reason for the extension; the customer is told it (at least a sentence).</source>
        <translation>Berikan alasan perpanjangan; alasan ini disampaikan kepada pelanggan (sedikitnya satu kalimat).</translation>
    </message>
    <message>
        <source>The deadline has passed: an extension must be decided, and told to the customer, before it.</source>
        <translation>Tenggat sudah lewat: perpanjangan harus diputuskan, dan disampaikan kepada pelanggan, sebelum tenggat.</translation>
    </message>
    <message>
        <source>Withdrawn by the customer</source>
        <translation>Ditarik oleh pelanggan</translation>
    </message>
    <message>
        <source>An access or portability request is completed by releasing its package.</source>
        <translation>Permintaan akses atau portabilitas data diselesaikan dengan merilis paketnya.</translation>
    </message>
    <message>
        <source>An erasure request is completed by executing the erasure.</source>
        <translation>Permintaan penghapusan diselesaikan dengan melaksanakan penghapusan.</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Dipenuhi</translation>
    </message>
    <message>
        <source>Match the request to a customer before fulfilling it.</source>
        <translation>Cocokkan permintaan dengan pelanggan sebelum memenuhinya.</translation>
    </message>
    <message>
        <source>The request names no purpose to withdraw from.</source>
        <translation>Permintaan ini tidak menyebutkan tujuan yang persetujuannya ditarik.</translation>
    </message>
    <message>
        <source>Rectify the customer&apos;s record for this request first; then complete it.</source>
        <translation>Perbaiki catatan pelanggan untuk permintaan ini terlebih dahulu; lalu selesaikan permintaan.</translation>
    </message>
</context>
<context>
    <name>RequestWorkflow</name>
    <message>
        <source>This request is closed (%1); it cannot change.</source>
        <translation>Permintaan ini sudah ditutup (%1); permintaan ini tidak dapat diubah.</translation>
    </message>
    <message>
        <source>A request that is “%1” cannot become “%2”.</source>
        <translation>Permintaan berstatus “%1” tidak dapat menjadi “%2”.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Identity verification</source>
        <translation>Verifikasi identitas</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Sedang ditinjau</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <source>Executed</source>
        <comment>erasure carried out</comment>
        <translation>Dilaksanakan</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Akses</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Perbaikan</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Penghapusan</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Pembatasan</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Keberatan</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Portabilitas data</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Penarikan persetujuan</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <comment>page title</comment>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>Tidak ada permintaan.</translation>
    </message>
    <message>
        <source>Request %1 logged. Due %2.</source>
        <translation>Permintaan %1 dicatat. Tenggat %2.</translation>
    </message>
    <message>
        <source>Acknowledge by %1.</source>
        <translation>Konfirmasi penerimaan paling lambat %1.</translation>
    </message>
    <message>
        <source>Possible duplicate: request %1 of the same type from this customer is still open. %2</source>
        <translation>Kemungkinan duplikat: permintaan %1 dengan jenis yang sama dari pelanggan ini masih terbuka. %2</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Keadaan:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Yurisdiksi:</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Hanya &amp;lewat tenggat</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Semua yang terbuka</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>&amp;New Request…</source>
        <translation>Permintaan &amp;Baru…</translation>
    </message>
    <message>
        <source>Assign to &amp;Me</source>
        <translation>Tugaskan ke &amp;Saya</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>B&amp;uka</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <source>Due within 2 days</source>
        <translation>Tenggat dalam 2 hari</translation>
    </message>
    <message>
        <source>%1 (clock paused)</source>
        <translation>%1 (jam dihentikan sementara)</translation>
    </message>
    <message>
        <source>%1 (extended)</source>
        <translation>%1 (diperpanjang)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <source>Acknowledge by %1</source>
        <translation>Konfirmasi penerimaan paling lambat %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention</source>
        <comment>page title</comment>
        <translation>Retensi</translation>
    </message>
    <message>
        <source>This page will set how long each kind of data is kept and run the retention purge; it arrives in a later version of Amanah.</source>
        <translation>Halaman ini akan mengatur berapa lama setiap jenis data disimpan dan menjalankan pembersihan retensi; halaman ini akan tersedia pada versi Amanah mendatang.</translation>
    </message>
</context>
<context>
    <name>RoleChooser</name>
    <message>
        <source>customer service: customers, consent, requests</source>
        <translation>layanan pelanggan: pelanggan, persetujuan, permintaan</translation>
    </message>
    <message>
        <source>privacy: decisions, erasures, policies, audit</source>
        <translation>privasi: keputusan, penghapusan, kebijakan, audit</translation>
    </message>
    <message>
        <source>dashboards, reports, audit</source>
        <translation>dasbor, laporan, audit</translation>
    </message>
    <message>
        <source>staff accounts and workspace settings</source>
        <translation>akun staf dan pengaturan ruang kerja</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>role name — what it may do</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Change Roles</source>
        <translation>Ubah Peran</translation>
    </message>
    <message>
        <source>Roles of %1 (%2). A user may hold several.</source>
        <translation>Peran %1 (%2). Seorang pengguna dapat memiliki beberapa peran.</translation>
    </message>
    <message>
        <source>&amp;Save Roles</source>
        <translation>&amp;Simpan Peran</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Peran Anda tidak mengizinkan tindakan ini.</translation>
    </message>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation>Sesi telah berakhir. Silakan masuk kembali.</translation>
    </message>
    <message>
        <source>Change your one-time password first.</source>
        <translation>Ubah kata sandi sekali pakai Anda terlebih dahulu.</translation>
    </message>
    <message>
        <source>Set up two-factor sign-in first.</source>
        <translation>Siapkan masuk dua faktor terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <comment>page title</comment>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Antarmuka</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>System default</source>
        <comment>language</comment>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <source>The language changes at once and is kept for the next start.</source>
        <translation>Bahasa langsung berubah dan tetap digunakan saat aplikasi dibuka berikutnya.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Ruang kerja</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lokasi:</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>Backend:</translation>
    </message>
    <message>
        <source>Database server:</source>
        <translation>Server basis data:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Versi skema:</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Tidak ada ruang kerja yang terbuka.</translation>
    </message>
    <message>
        <source>%1 (this version of Amanah knows up to %2)</source>
        <translation>%1 (versi Amanah ini mengenal hingga %2)</translation>
    </message>
</context>
<context>
    <name>SignInWidget</name>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Masukkan nama pengguna dan kata sandi Anda.</translation>
    </message>
    <message>
        <source>Enter the six-digit code from your authenticator app.</source>
        <translation>Masukkan kode enam digit dari aplikasi autentikator Anda.</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>Tidak ada ruang kerja yang terbuka</translation>
    </message>
    <message>
        <source>Open a workspace file or connect to a PostgreSQL workspace from the File menu.</source>
        <translation>Buka berkas ruang kerja atau sambungkan ke ruang kerja PostgreSQL melalui menu Berkas.</translation>
    </message>
    <message>
        <source>Set up this workspace</source>
        <translation>Siapkan ruang kerja ini</translation>
    </message>
    <message>
        <source>This workspace has no administrator and no keys yet. Set it up to start using it.</source>
        <translation>Ruang kerja ini belum memiliki administrator dan kunci. Siapkan ruang kerja ini untuk mulai menggunakannya.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Enter the six-digit code that your authenticator app shows.</source>
        <translation>Masukkan kode enam digit yang ditampilkan aplikasi autentikator Anda.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>Masuk dengan nama pengguna dan kata sandi Anda.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>The window locked itself after a time without use. Enter the password of %1 to continue where you were.</source>
        <translation>Jendela terkunci secara otomatis setelah beberapa saat tidak digunakan. Masukkan kata sandi %1 untuk melanjutkan dari posisi terakhir.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Six-digit &amp;code:</source>
        <translation>Kode enam &amp;digit:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Six-digit code from your authenticator app</source>
        <translation>Kode enam digit dari aplikasi autentikator Anda</translation>
    </message>
    <message>
        <source>123 456</source>
        <translation>123 456</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka Kunci</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>Sign in as someone &amp;else</source>
        <translation>Masuk sebagai pengguna &amp;lain</translation>
    </message>
    <message>
        <source>Set &amp;Up Workspace…</source>
        <translation>&amp;Siapkan Ruang Kerja…</translation>
    </message>
    <message>
        <source>Forgot the administrator password?</source>
        <translation>Lupa kata sandi administrator?</translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation>Memeriksa kata sandi</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Akun demo</translation>
    </message>
    <message>
        <source>This is a demo workspace with invented customers. Its accounts and passwords are public:</source>
        <translation>Ini adalah ruang kerja demo dengan pelanggan fiktif. Akun dan kata sandinya bersifat publik:</translation>
    </message>
    <message>
        <source>Use %1</source>
        <comment>fill in a demo account</comment>
        <translation>Gunakan %1</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>A user name has 2 to 32 characters: letters a-z, digits, dot, dash or underscore.</source>
        <translation>Nama pengguna terdiri atas 2 hingga 32 karakter: huruf a-z, angka, titik, tanda hubung, atau garis bawah.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Pilih sedikitnya satu peran.</translation>
    </message>
    <message>
        <source>The workspace needs at least one active administrator. Make someone else an administrator first.</source>
        <translation>Ruang kerja memerlukan sedikitnya satu administrator aktif. Jadikan orang lain administrator terlebih dahulu.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>Anda tidak dapat menghapus akun Anda sendiri.</translation>
    </message>
    <message>
        <source>The idle time before locking must be 1 to 240 minutes.</source>
        <translation>Waktu diam sebelum penguncian harus 1 hingga 240 menit.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Tidak Dapat Membuka Ruang Kerja</translation>
    </message>
    <message>
        <source>Amanah Cannot Start</source>
        <translation>Amanah Tidak Dapat Dimulai</translation>
    </message>
    <message>
        <source>The encryption self-test failed, so Amanah will not touch any data.

%1</source>
        <translation>Uji mandiri enkripsi gagal, sehingga Amanah tidak akan menyentuh data apa pun.

%1</translation>
    </message>
    <message>
        <source>Ethical management of customers&apos; personal data.</source>
        <translation>Pengelolaan data pribadi pelanggan secara etis.</translation>
    </message>
    <message>
        <source>Open the workspace at &lt;location&gt;: a workspace file, a postgresql:// URL or a libpq connection string. Without it, Amanah opens the demo workspace, creating it on first run.</source>
        <translation>Buka ruang kerja di &lt;lokasi&gt;: berkas ruang kerja, URL postgresql://, atau string koneksi libpq. Tanpa opsi ini, Amanah membuka ruang kerja demo dan membuatnya saat pertama kali dijalankan.</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lokasi</translation>
    </message>
</context>
<context>
    <name>ThirdPartiesPage</name>
    <message>
        <source>Third parties</source>
        <comment>page title</comment>
        <translation>Pihak ketiga</translation>
    </message>
    <message>
        <source>This page will list the third parties and processors that receive customers&apos; data, and for which purposes; it arrives in a later version of Amanah.</source>
        <translation>Halaman ini akan menampilkan daftar pihak ketiga dan pemroses data yang menerima data pelanggan, beserta tujuan pemrosesannya; halaman ini akan tersedia pada versi Amanah mendatang.</translation>
    </message>
</context>
<context>
    <name>TwoFactorDialog</name>
    <message>
        <source>Two-Factor Sign-In</source>
        <translation>Masuk Dua Faktor</translation>
    </message>
    <message>
        <source>This workspace requires two-factor sign-in for every account.</source>
        <translation>Ruang kerja ini mewajibkan masuk dua faktor untuk setiap akun.</translation>
    </message>
    <message>
        <source>Scan the QR code with an authenticator app on your phone (for example Aegis, FreeOTP or Google Authenticator). From then on, signing in asks for the six-digit code the app shows.</source>
        <translation>Pindai kode QR dengan aplikasi autentikator di ponsel Anda (misalnya Aegis, FreeOTP, atau Google Authenticator). Sejak saat itu, setiap kali masuk Anda akan diminta kode enam digit yang ditampilkan aplikasi tersebut.</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>Kode QR untuk aplikasi autentikator Anda</translation>
    </message>
    <message>
        <source>No camera? Type this key into the app instead:</source>
        <translation>Tidak ada kamera? Ketik kunci ini ke aplikasi sebagai gantinya:</translation>
    </message>
    <message>
        <source>Secret key for your authenticator app</source>
        <translation>Kunci rahasia untuk aplikasi autentikator Anda</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>Six-digit code from your authenticator app</source>
        <translation>Kode enam digit dari aplikasi autentikator Anda</translation>
    </message>
    <message>
        <source>123 456</source>
        <translation>123 456</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>Konfi&amp;rmasi</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on: signing in asks for the code from your authenticator app. To turn it off, type your password.</source>
        <translation>Masuk dua faktor aktif: setiap kali masuk, Anda akan diminta kode dari aplikasi autentikator. Untuk menonaktifkannya, ketik kata sandi Anda.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Turn Off</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>K&amp;eluar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>There is no such user.</source>
        <translation>Pengguna tersebut tidak ditemukan.</translation>
    </message>
    <message>
        <source>A user with this name already exists.</source>
        <translation>Pengguna dengan nama ini sudah ada.</translation>
    </message>
    <message>
        <source>The new user was not stored.</source>
        <translation>Pengguna baru tidak tersimpan.</translation>
    </message>
    <message>
        <source>Someone else changed this user since you opened it. Reload and try again.</source>
        <translation>Orang lain telah mengubah pengguna ini sejak Anda membukanya. Muat ulang dan coba lagi.</translation>
    </message>
    <message>
        <source>No key slot opens this workspace for that account.</source>
        <translation>Tidak ada slot kunci yang dapat membuka ruang kerja ini untuk akun tersebut.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <comment>page title</comment>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktifkan</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Atur Ulang Kata Sandi</translation>
    </message>
    <message>
        <source>Give %1 a new one-time password? Their current password stops working.</source>
        <translation>Berikan kata sandi sekali pakai yang baru kepada %1? Kata sandinya saat ini tidak akan berlaku lagi.</translation>
    </message>
    <message>
        <source>The one-time password of %1 is:

%2

Give it to them in person; they must change it when they sign in.</source>
        <translation>Kata sandi sekali pakai untuk %1 adalah:

%2

Berikan kata sandi ini kepada pengguna tersebut secara langsung; pengguna tersebut harus menggantinya saat masuk.</translation>
    </message>
    <message>
        <source>Reset Two-Factor Sign-In</source>
        <translation>Atur Ulang Masuk Dua Faktor</translation>
    </message>
    <message>
        <source>Turn off two-factor sign-in for %1, for example after a lost phone?</source>
        <translation>Nonaktifkan masuk dua faktor untuk %1, misalnya setelah ponselnya hilang?</translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation>Hapus Pengguna</translation>
    </message>
    <message>
        <source>Remove the account %1 and its key? This cannot be undone; the audit trail keeps its history.</source>
        <translation>Hapus akun %1 beserta kuncinya? Tindakan ini tidak dapat dibatalkan; jejak audit tetap menyimpan riwayatnya.</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>&amp;Tambah Pengguna…</translation>
    </message>
    <message>
        <source>Change &amp;Roles…</source>
        <translation>Ubah &amp;Peran…</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>Atur Ulang &amp;Kata Sandi…</translation>
    </message>
    <message>
        <source>Reset &amp;Two-Factor</source>
        <translation>Atur Ulang &amp;Dua Faktor</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Akun staf</translation>
    </message>
    <message>
        <source>Workspace security</source>
        <translation>Keamanan ruang kerja</translation>
    </message>
    <message>
        <source>Require two-factor sign-in for every account</source>
        <translation>Wajibkan masuk dua faktor untuk setiap akun</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>K&amp;unci setelah:</translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation> menit tanpa aktivitas</translation>
    </message>
    <message>
        <source>Minutes without use before the window locks</source>
        <translation>Menit tanpa aktivitas sebelum jendela terkunci</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>, </source>
        <comment>between role names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Terkunci hingga %1</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Harus mengganti kata sandi</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Dua faktor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Terakhir masuk</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>No workspace was given.</source>
        <translation>Tidak ada ruang kerja yang diberikan.</translation>
    </message>
    <message>
        <source>Only SQLite files and postgresql:// connection strings are supported.</source>
        <translation>Hanya berkas SQLite dan string koneksi postgresql:// yang didukung.</translation>
    </message>
    <message>
        <source>The connection string is incomplete: every setting needs a value.</source>
        <translation>String koneksi tidak lengkap: setiap pengaturan memerlukan nilai.</translation>
    </message>
    <message>
        <source>The connection string has an unclosed quote.</source>
        <translation>String koneksi memiliki tanda kutip yang tidak ditutup.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Port harus berupa angka dari 1 hingga 65535.</translation>
    </message>
    <message>
        <source>The connection string has a value without a name.</source>
        <translation>String koneksi memiliki nilai tanpa nama.</translation>
    </message>
    <message>
        <source>The connection string names no database (dbname=...).</source>
        <translation>String koneksi tidak menyebutkan basis data (dbname=...).</translation>
    </message>
    <message>
        <source>The connection string is not a valid address. Use postgresql://user@host:port/database.</source>
        <translation>String koneksi bukan alamat yang valid. Gunakan postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The connection string names no database after the host.</source>
        <translation>String koneksi tidak menyebutkan basis data setelah host.</translation>
    </message>
</context>
<context>
    <name>WorkspaceNamePage</name>
    <message>
        <source>Workspace</source>
        <translation>Ruang kerja</translation>
    </message>
    <message>
        <source>Name the workspace and choose the law that applies to most of your customers.</source>
        <translation>Beri nama ruang kerja dan pilih hukum yang berlaku bagi sebagian besar pelanggan Anda.</translation>
    </message>
    <message>
        <source>Workspace &amp;name:</source>
        <translation>&amp;Nama ruang kerja:</translation>
    </message>
    <message>
        <source>e.g. the name of your shop</source>
        <translation>mis. nama toko Anda</translation>
    </message>
    <message>
        <source>Default &amp;jurisdiction:</source>
        <translation>&amp;Yurisdiksi bawaan:</translation>
    </message>
    <message>
        <source>UU PDP (Indonesia)</source>
        <translation>UU PDP (Indonesia)</translation>
    </message>
    <message>
        <source>GDPR (European Union)</source>
        <translation>GDPR (Uni Eropa)</translation>
    </message>
    <message>
        <source>CCPA/CPRA (California)</source>
        <translation>CCPA/CPRA (California)</translation>
    </message>
    <message>
        <source>LGPD (Brazil)</source>
        <translation>LGPD (Brasil)</translation>
    </message>
    <message>
        <source>Each customer can still have their own jurisdiction; this is the one new customers get.</source>
        <translation>Setiap pelanggan tetap dapat memiliki yurisdiksinya sendiri; yurisdiksi ini adalah yang diberikan kepada pelanggan baru.</translation>
    </message>
</context>
<context>
    <name>amanahctl</name>
    <message>
        <source>Usage: amanahctl [--workspace W] [--lang en|id] COMMAND [options]

Amanah from scripts: the same core services as the desktop application.

Global options:
  --workspace W   the workspace: an SQLite file, a postgresql:// URL or a
                  libpq &quot;host=... dbname=...&quot; string (default: $AMANAH_WORKSPACE)
  --lang L        language of messages: en or id (default: the system&apos;s)
  -h, --help      this help
  -v, --version   the version of amanahctl

Commands:
  init --name N --admin USER [--display-name D] [--jurisdiction J]
                  create a workspace; the administrator&apos;s password comes from
                  $AMANAH_PASSWORD or is asked on the terminal; prints the recovery key
  demo            create the demo workspace (default: the per-user demo file)
  info --user U   schema version, backend, server version and row counts
  audit verify --user U [--checkpoint SEQ:MAC]
                  recompute the audit chain; prints &quot;intact up to entry N, head SEQ:MAC&quot;
                  (exit 0) or the first broken entry and the problem (exit 10). With a
                  checkpoint from an earlier export or report, a removed tail is caught
  audit export --user U --format csv|json --out PATH [--from DATE] [--to DATE]
                  write the audit entries of a period (dates YYYY-MM-DD in UTC, both
                  included) with the chain head; CSV cells cannot run as formulas
%1
Commands other than init and demo sign in as a staff user: --user U (or
$AMANAH_USER), the password from $AMANAH_PASSWORD or the terminal, and
--code C (or $AMANAH_TOTP_CODE) where two-factor sign-in is on.

Exit status:
  0 success            1 other failure       2 usage error
  3 not found          4 not a workspace     5 newer schema
  6 server unreachable 7 authentication      8 permission denied
  9 input refused     10 audit chain broken 11 crypto failure
 12 read-only         13 conflict           14 database error
</source>
        <translation>Penggunaan: amanahctl [--workspace W] [--lang en|id] COMMAND [options]

Amanah dari skrip: layanan inti yang sama dengan aplikasi desktop.

Opsi global:
  --workspace W   ruang kerja: berkas SQLite, URL postgresql://, atau string
                  libpq &quot;host=... dbname=...&quot; (bawaan: $AMANAH_WORKSPACE)
  --lang L        bahasa pesan: en atau id (bawaan: bahasa sistem)
  -h, --help      bantuan ini
  -v, --version   versi amanahctl

Perintah:
  init --name N --admin USER [--display-name D] [--jurisdiction J]
                  membuat ruang kerja; kata sandi administrator diambil dari
                  $AMANAH_PASSWORD atau ditanyakan di terminal; mencetak kunci pemulihan
  demo            membuat ruang kerja demo (bawaan: berkas demo per pengguna)
  info --user U   versi skema, backend, versi server, dan jumlah baris
  audit verify --user U [--checkpoint SEQ:MAC]
                  menghitung ulang rantai audit; mencetak &quot;utuh hingga entri N, kepala SEQ:MAC&quot;
                  (kode keluar 0) atau entri rusak pertama beserta masalahnya (kode keluar 10).
                  Dengan titik periksa dari ekspor atau laporan sebelumnya, bagian akhir
                  jejak yang dihapus juga terdeteksi
  audit export --user U --format csv|json --out PATH [--from DATE] [--to DATE]
                  menulis entri audit dalam suatu periode (tanggal YYYY-MM-DD dalam UTC,
                  keduanya termasuk) beserta kepala rantai; sel CSV tidak dapat dijalankan
                  sebagai rumus
%1
Perintah selain init dan demo masuk sebagai pengguna staf: --user U (atau
$AMANAH_USER), kata sandi dari $AMANAH_PASSWORD atau terminal, dan
--code C (atau $AMANAH_TOTP_CODE) bila masuk dua faktor aktif.

Status keluar:
  0 berhasil                1 kegagalan lain          2 salah penggunaan
  3 tidak ditemukan         4 bukan ruang kerja       5 skema lebih baru
  6 server tak terjangkau   7 autentikasi             8 izin ditolak
  9 masukan ditolak        10 rantai audit rusak     11 kegagalan kripto
 12 hanya-baca             13 konflik                14 kesalahan basis data
</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 memerlukan nilai.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opsi %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown language %1: use en or id.</source>
        <translation>Bahasa %1 tidak dikenal: gunakan en atau id.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Tidak ada perintah yang diberikan.</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>Perintah %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>Run amanahctl --help for the commands.</source>
        <translation>Jalankan amanahctl --help untuk melihat daftar perintah.</translation>
    </message>
    <message>
        <source>No workspace: give --workspace W or set AMANAH_WORKSPACE.</source>
        <translation>Tidak ada ruang kerja: berikan --workspace W atau atur AMANAH_WORKSPACE.</translation>
    </message>
    <message>
        <source>No password: set %1 or run amanahctl on a terminal.</source>
        <translation>Tidak ada kata sandi: atur %1 atau jalankan amanahctl di terminal.</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Ulangi:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi berbeda.</translation>
    </message>
    <message>
        <source>Sign in with --user U (or set AMANAH_USER).</source>
        <translation>Masuk dengan --user U (atau atur AMANAH_USER).</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Kata sandi untuk %1:</translation>
    </message>
    <message>
        <source>Two-factor code:</source>
        <translation>Kode dua faktor:</translation>
    </message>
    <message>
        <source>This account must change its one-time password first: sign in once in the Amanah application.</source>
        <translation>Akun ini harus mengganti kata sandi sekali pakainya terlebih dahulu: masuklah sekali melalui aplikasi Amanah.</translation>
    </message>
    <message>
        <source>info takes no argument %1.</source>
        <translation>info tidak menerima argumen %1.</translation>
    </message>
    <message>
        <source>Workspace:      %1</source>
        <translation>Ruang kerja:    %1</translation>
    </message>
    <message>
        <source>Name:           %1</source>
        <translation>Nama:           %1</translation>
    </message>
    <message>
        <source>Backend:        %1 (%2)</source>
        <translation>Backend:        %1 (%2)</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Amanah: %2)</source>
        <translation>Versi skema:    %1 (Amanah ini: %2)</translation>
    </message>
    <message>
        <source>init needs --name N and --admin USER.</source>
        <translation>init memerlukan --name N dan --admin USER.</translation>
    </message>
    <message>
        <source>Password for the administrator %1:</source>
        <translation>Kata sandi untuk administrator %1:</translation>
    </message>
    <message>
        <source>Workspace created: %1</source>
        <translation>Ruang kerja dibuat: %1</translation>
    </message>
    <message>
        <source>Recovery key (store it offline now; it is shown only once):</source>
        <translation>Kunci pemulihan (simpan sekarang secara luring; kunci ini hanya ditampilkan sekali):</translation>
    </message>
    <message>
        <source>A workspace already exists at %1; the demo is made in a new one.</source>
        <translation>Sudah ada ruang kerja di %1; demo dibuat di ruang kerja baru.</translation>
    </message>
    <message>
        <source>Demo workspace created: %1</source>
        <translation>Ruang kerja demo dibuat: %1</translation>
    </message>
    <message>
        <source>audit needs a subcommand: verify or export.</source>
        <translation>audit memerlukan subperintah: verify atau export.</translation>
    </message>
    <message>
        <source>Unknown audit subcommand %1: use verify or export.</source>
        <translation>Subperintah audit %1 tidak dikenal: gunakan verify atau export.</translation>
    </message>
    <message>
        <source>audit verify takes no argument %1.</source>
        <translation>audit verify tidak menerima argumen %1.</translation>
    </message>
    <message>
        <source>broken at entry %1: %2</source>
        <translation>rusak pada entri %1: %2</translation>
    </message>
    <message>
        <source>verified intact up to entry %1</source>
        <translation>terverifikasi utuh hingga entri %1</translation>
    </message>
    <message>
        <source>intact up to entry %1, head %2</source>
        <translation>utuh hingga entri %1, kepala %2</translation>
    </message>
    <message>
        <source>audit export takes no argument %1.</source>
        <translation>audit export tidak menerima argumen %1.</translation>
    </message>
    <message>
        <source>audit export needs --format csv or --format json.</source>
        <translation>audit export memerlukan --format csv atau --format json.</translation>
    </message>
    <message>
        <source>audit export needs --out PATH.</source>
        <translation>audit export memerlukan --out PATH.</translation>
    </message>
    <message>
        <source>--%1 needs a date like 2026-03-31.</source>
        <translation>--%1 memerlukan tanggal seperti 2026-03-31.</translation>
    </message>
    <message>
        <source>  customer find --user U (--email E | --phone P | --ref R | --name TEXT)
                  customers by exact email, phone (E.164), reference, or any part of
                  the name; prints id, reference, name, email, phone, status
  consent receipt --user U --customer ID [--html LANG]
                  the customer&apos;s Kantara v1.1 consent receipt as JSON (or HTML en|id)
  audience export --user U --purpose CODE --out FILE
                  CSV of exactly the customers the purpose may use now (audited)
  import customers FILE --user U [--good-rows-only] [--dry-run]
                  import customers and consents from CSV; lists every bad row
</source>
        <translation>  customer find --user U (--email E | --phone P | --ref R | --name TEXT)
                  mencari pelanggan berdasarkan email, telepon (E.164), atau referensi
                  yang persis sama, atau bagian mana pun dari nama; mencetak id, referensi,
                  nama, email, telepon, status
  consent receipt --user U --customer ID [--html LANG]
                  tanda terima persetujuan Kantara v1.1 milik pelanggan sebagai JSON
                  (atau HTML en|id)
  audience export --user U --purpose CODE --out FILE
                  CSV berisi tepat pelanggan yang saat ini boleh digunakan untuk tujuan
                  tersebut (diaudit)
  import customers FILE --user U [--good-rows-only] [--dry-run]
                  mengimpor pelanggan dan persetujuan dari CSV; mencantumkan setiap
                  baris yang salah
</translation>
    </message>
    <message>
        <source>Use: customer find --email E | --phone P | --ref R | --name TEXT.</source>
        <translation>Gunakan: customer find --email E | --phone P | --ref R | --name TEXT.</translation>
    </message>
    <message>
        <source>Use: consent receipt --customer ID.</source>
        <translation>Gunakan: consent receipt --customer ID.</translation>
    </message>
    <message>
        <source>Use: audience export --purpose CODE --out FILE.</source>
        <translation>Gunakan: audience export --purpose CODE --out FILE.</translation>
    </message>
    <message>
        <source>Use: import customers FILE.</source>
        <translation>Gunakan: import customers FILE.</translation>
    </message>
    <message>
        <source>customer find needs exactly one of --email, --phone, --ref, --name.</source>
        <translation>customer find memerlukan tepat satu dari --email, --phone, --ref, --name.</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>Tidak ada pelanggan yang cocok.</translation>
    </message>
    <message>
        <source>consent receipt needs --customer ID.</source>
        <translation>consent receipt memerlukan --customer ID.</translation>
    </message>
    <message>
        <source>audience export needs --purpose CODE and --out FILE.</source>
        <translation>audience export memerlukan --purpose CODE dan --out FILE.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>import customers needs one FILE.</source>
        <translation>import customers memerlukan satu FILE.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>Rows: %1, valid: %2, bad: %3 (duplicates: %4), imported: %5, consent events: %6</source>
        <translation>Baris: %1, valid: %2, salah: %3 (duplikat: %4), diimpor: %5, peristiwa persetujuan: %6</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows above, or use --good-rows-only.</source>
        <translation>Tidak ada yang diimpor: perbaiki baris di atas, atau gunakan --good-rows-only.</translation>
    </message>
    <message>
        <source>  deadline --jurisdiction gdpr|uupdp|ccpa|lgpd --type TYPE --received ISO-8601
           [--time-zone TZ] [--policy-days N]
                  the due date-time of a request (no workspace needed): prints
                  &quot;due: &lt;UTC&gt;&quot;, &quot;acknowledge by: &lt;UTC&gt;&quot; where the law sets one, and
                  &quot;source: &lt;article&gt;&quot;; a time without offset is read as UTC; TYPE is
                  access, rectification, erasure, restriction, objection, portability
                  or consent_withdrawal
  requests list --user U [--overdue] [--state S] [--type T]
                  requests by effective due date, tab-separated: id, type, state,
                  due (UTC), overdue (1 or 0); no personal data
  requests package --user U --request ID --out DIR
                  release an approved access request&apos;s package (JSON and PDF) or a
                  portability request&apos;s (JSON and CSV); prints &quot;SHA-256  file&quot; lines
</source>
        <translation>  deadline --jurisdiction gdpr|uupdp|ccpa|lgpd --type TYPE --received ISO-8601
           [--time-zone TZ] [--policy-days N]
                  tanggal dan waktu tenggat suatu permintaan (tanpa ruang kerja):
                  mencetak &quot;due: &lt;UTC&gt;&quot;, &quot;acknowledge by: &lt;UTC&gt;&quot; bila hukum
                  menetapkannya, dan &quot;source: &lt;article&gt;&quot;; waktu tanpa offset dibaca
                  sebagai UTC; TYPE adalah access, rectification, erasure, restriction,
                  objection, portability, atau consent_withdrawal
  requests list --user U [--overdue] [--state S] [--type T]
                  permintaan menurut tenggat efektif, dipisahkan tab: id, jenis,
                  status, tenggat (UTC), lewat tenggat (1 atau 0); tanpa data pribadi
  requests package --user U --request ID --out DIR
                  merilis paket permintaan akses yang disetujui (JSON dan PDF) atau
                  portabilitas data (JSON dan CSV); mencetak baris &quot;SHA-256  berkas&quot;
</translation>
    </message>
    <message>
        <source>requests needs a subcommand: list or package.</source>
        <translation>requests memerlukan subperintah: list atau package.</translation>
    </message>
    <message>
        <source>Unknown requests subcommand %1: use list or package.</source>
        <translation>Subperintah requests %1 tidak dikenal: gunakan list atau package.</translation>
    </message>
    <message>
        <source>deadline takes no argument %1.</source>
        <translation>deadline tidak menerima argumen %1.</translation>
    </message>
    <message>
        <source>deadline needs --jurisdiction J, --type T and --received DATE-TIME.</source>
        <translation>deadline memerlukan --jurisdiction J, --type T, dan --received DATE-TIME.</translation>
    </message>
    <message>
        <source>Unknown request type “%1”: use %2.</source>
        <translation>Jenis permintaan “%1” tidak dikenal: gunakan %2.</translation>
    </message>
    <message>
        <source>--received needs an ISO 8601 date-time like 2026-01-31T10:00:00Z.</source>
        <translation>--received memerlukan tanggal-waktu ISO 8601 seperti 2026-01-31T10:00:00Z.</translation>
    </message>
    <message>
        <source>Unknown time zone %1.</source>
        <translation>Zona waktu %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>--policy-days needs a number of days from 1 to 366.</source>
        <translation>--policy-days memerlukan jumlah hari dari 1 hingga 366.</translation>
    </message>
    <message>
        <source>requests list takes no argument %1.</source>
        <translation>requests list tidak menerima argumen %1.</translation>
    </message>
    <message>
        <source>Unknown state “%1”: use received, identity_verification, in_review, approved, completed, rejected, withdrawn or executed.</source>
        <translation>Status “%1” tidak dikenal: gunakan received, identity_verification, in_review, approved, completed, rejected, withdrawn, atau executed.</translation>
    </message>
    <message>
        <source>requests package needs --request ID and --out DIR.</source>
        <translation>requests package memerlukan --request ID dan --out DIR.</translation>
    </message>
</context>
</TS>
