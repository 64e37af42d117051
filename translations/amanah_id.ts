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
    <name>AnswerLetterDialog</name>
    <message>
        <source>The letter is on the clipboard.</source>
        <translation>Surat telah disalin ke papan klip.</translation>
    </message>
    <message>
        <source>Save Answer as PDF</source>
        <translation>Simpan Jawaban sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Berkas %1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>The letter was not printed.</source>
        <translation>Surat tidak dicetak.</translation>
    </message>
    <message>
        <source>Answer Letter</source>
        <translation>Surat Jawaban</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;language:</source>
        <translation>&amp;Bahasa pelanggan:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Simpan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>T&amp;utup</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign Request %1</source>
        <translation>Tugaskan Permintaan %1</translation>
    </message>
    <message>
        <source>&amp;Handled by:</source>
        <translation>&amp;Ditangani oleh:</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Tidak seorang pun</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Tugaskan</translation>
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
    <message>
        <source>The export was cancelled. No file was written and nothing was recorded.</source>
        <translation>Ekspor dibatalkan. Tidak ada berkas yang ditulis dan tidak ada yang dicatat.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) who may be contacted for “%1” were written to %2 for %3.

The export was recorded in the audit trail with its purpose and count, and a disclosure to %3 in each customer&apos;s record.</source>
        <translation>
            <numerusform>%n pelanggan yang boleh dihubungi untuk “%1” telah ditulis ke %2 untuk %3.

Ekspor ini dicatat dalam jejak audit beserta tujuan dan jumlahnya, dan pengungkapan kepada %3 dicatat dalam catatan setiap pelanggan.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Penerima:</translation>
    </message>
    <message>
        <source>No recipient (for our own use)</source>
        <translation>Tanpa penerima (untuk penggunaan internal)</translation>
    </message>
    <message>
        <source>Who receives the file. A disclosure to the recipient is then recorded in the record of every exported customer.</source>
        <translation>Pihak yang menerima berkas. Pengungkapan kepada penerima tersebut kemudian dicatat dalam catatan setiap pelanggan yang diekspor.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) were left out because their records are damaged and cannot be decrypted:
%1</source>
        <translation>
            <numerusform>%n pelanggan dilewati karena catatannya rusak dan tidak dapat didekripsi:
%1</numerusform>
        </translation>
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
    <name>BackupDialog</name>
    <message>
        <source>Folder for Backups</source>
        <translation>Folder untuk Cadangan</translation>
    </message>
    <message>
        <source>Choose a folder for the backup.</source>
        <translation>Pilih folder untuk cadangan.</translation>
    </message>
    <message>
        <source>Backing up… Others can go on working meanwhile.</source>
        <translation>Mencadangkan… Pengguna lain tetap dapat bekerja selama itu.</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2). The erasure ledger was written beside it: keep the two together.</source>
        <translation>Dicadangkan ke %1 (%2). Buku catatan penghapusan ditulis di sebelahnya: simpan keduanya bersama-sama.</translation>
    </message>
    <message>
        <source>The erasure ledger was written to %1 and is kept current there after every erasure.</source>
        <translation>Buku catatan penghapusan ditulis ke %1 dan diperbarui di sana setelah setiap penghapusan.</translation>
    </message>
    <message numerus="yes">
        <source>Due for deletion (%n days old)</source>
        <translation>
            <numerusform>Perlu dihapus (berumur %n hari)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept (%n days old)</source>
        <translation>
            <numerusform>Disimpan (berumur %n hari)</numerusform>
        </translation>
    </message>
    <message>
        <source>Back Up Workspace</source>
        <translation>Cadangkan Ruang Kerja</translation>
    </message>
    <message>
        <source>A PostgreSQL workspace is backed up with pg_dump (see the README). Keep the erasure ledger beside the dumps: after pg_restore, “amanahctl restore --ledger” makes every later erasure again before anyone works in the restored workspace.</source>
        <translation>Ruang kerja PostgreSQL dicadangkan dengan pg_dump (lihat README). Simpan buku catatan penghapusan di sebelah hasil dump: setelah pg_restore, “amanahctl restore --ledger” mengulangi setiap penghapusan yang terjadi sesudahnya sebelum siapa pun bekerja di ruang kerja yang dipulihkan.</translation>
    </message>
    <message>
        <source>A backup is a consistent copy of the workspace, encrypted as the workspace is, taken while others go on working. The erasure ledger is written beside it: restoring the backup makes every later erasure again before anyone can work in it.</source>
        <translation>Cadangan adalah salinan ruang kerja yang konsisten, terenkripsi seperti ruang kerjanya, dibuat sementara pengguna lain tetap bekerja. Buku catatan penghapusan ditulis di sebelahnya: memulihkan cadangan mengulangi setiap penghapusan yang terjadi sesudahnya sebelum siapa pun dapat bekerja di dalamnya.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>&amp;Keep backups for:</source>
        <translation>&amp;Simpan cadangan selama:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>&amp;Write Erasure Ledger</source>
        <translation>&amp;Tulis Buku Catatan Penghapusan</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Cadangkan Sekarang</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>“%1” is not an Amanah backup, or it is damaged.</source>
        <translation>“%1” bukan cadangan Amanah, atau cadangan itu rusak.</translation>
    </message>
    <message>
        <source>A PostgreSQL workspace is backed up with pg_dump (see the README).</source>
        <translation>Ruang kerja PostgreSQL dicadangkan dengan pg_dump (lihat README).</translation>
    </message>
    <message>
        <source>“%1” exists already; choose another name.</source>
        <translation>“%1” sudah ada; pilih nama lain.</translation>
    </message>
    <message>
        <source>“%1” cannot be created: %2</source>
        <translation>“%1” tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <source>The backup’s manifest could not be written: %1</source>
        <translation>Manifes cadangan tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>There is no backup “%1”.</source>
        <translation>Cadangan “%1” tidak ada.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>A PostgreSQL workspace is backed up with pg_dump (see the README); Amanah backs up SQLite workspaces.</source>
        <translation>Ruang kerja PostgreSQL dicadangkan dengan pg_dump (lihat README); Amanah mencadangkan ruang kerja SQLite.</translation>
    </message>
    <message>
        <source>“%1” exists already; choose another name.</source>
        <translation>“%1” sudah ada; pilih nama lain.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Folder “%1” tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The backup could not be moved to “%1”.</source>
        <translation>Cadangan tidak dapat dipindahkan ke “%1”.</translation>
    </message>
    <message>
        <source>Keep backups between 1 and 3650 days.</source>
        <translation>Simpan cadangan antara 1 dan 3650 hari.</translation>
    </message>
    <message>
        <source>“%1” is not an Amanah backup: it has no manifest.</source>
        <translation>“%1” bukan cadangan Amanah: tidak ada manifesnya.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Amanah.</source>
        <translation>“%1” ditulis oleh Amanah versi yang lebih baru.</translation>
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
    <name>Cli</name>
    <message>
        <source>  ropa export --user U --format csv|pdf --out FILE [--language id|en]
                  the record of processing activities (GDPR Art. 30, UU PDP Ps 31):
                  one entry per active purpose with the controller, legal basis,
                  data categories, recipients, transfers, retention and security
</source>
        <translation>  ropa export --user U --format csv|pdf --out FILE [--language id|en]
                  catatan kegiatan pemrosesan (GDPR Art. 30, UU PDP Ps 31): satu entri
                  per tujuan pemrosesan aktif beserta pengendali data, dasar hukum,
                  kategori data, penerima, transfer, retensi, dan keamanan
</translation>
    </message>
    <message>
        <source>ropa needs the subcommand export.</source>
        <translation>ropa memerlukan subperintah export.</translation>
    </message>
    <message>
        <source>ropa export needs --format csv or pdf and --out FILE; --language is id or en.</source>
        <translation>ropa export memerlukan --format csv atau pdf dan --out FILE; --language bernilai id atau en.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Berkas %1 tidak dapat ditulis: %2</translation>
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
    <message>
        <source>There is no such recipient.</source>
        <translation>Penerima tersebut tidak ditemukan.</translation>
    </message>
</context>
<context>
    <name>ControllerDialog</name>
    <message>
        <source>Controller Details</source>
        <translation>Detail Pengendali Data</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Contact person or office:</source>
        <translation>&amp;Narahubung atau unit:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
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
        <source>Privacy &amp;notice address:</source>
        <translation>Alamat &amp;pemberitahuan privasi:</translation>
    </message>
    <message>
        <source>e.g. Data protection officer</source>
        <translation>mis. Pejabat pelindungan data pribadi</translation>
    </message>
    <message>
        <source>e.g. https://shop.example/privacy</source>
        <translation>mis. https://shop.example/privacy</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>ControllerService</name>
    <message>
        <source>Give the controller&apos;s name (the shop or company).</source>
        <translation>Berikan nama pengendali data (toko atau perusahaan).</translation>
    </message>
    <message>
        <source>Each detail is at most 500 characters.</source>
        <translation>Setiap detail paling banyak 500 karakter.</translation>
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
    <name>CustomerAnonymiser</name>
    <message>
        <source>An anonymisation must run inside a transaction.</source>
        <translation>Penganoniman harus dijalankan di dalam transaksi.</translation>
    </message>
    <message>
        <source>There is no such customer (already erased?).</source>
        <translation>Pelanggan tersebut tidak ditemukan (sudah dihapus?).</translation>
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
    <message>
        <source>Recorded from</source>
        <translation>Dicatat dari</translation>
    </message>
    <message>
        <source>Record Disclos&amp;ure…</source>
        <translation>Catat Pen&amp;gungkapan…</translation>
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
    <message>
        <source>country</source>
        <translation>negara</translation>
    </message>
    <message>
        <source>jurisdiction</source>
        <translation>yurisdiksi</translation>
    </message>
    <message>
        <source>language</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <source>source</source>
        <comment>where a customer&apos;s data came from</comment>
        <translation>sumber</translation>
    </message>
    <message>
        <source>The %1 contains a control character (%2), which is not allowed. Remove it and try again.</source>
        <translation>Isian %1 berisi karakter kontrol (%2), yang tidak diizinkan. Hapus karakter itu lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>CustomerShredder</name>
    <message>
        <source>Customer record and personal fields</source>
        <translation>Catatan pelanggan dan isian pribadi</translation>
    </message>
    <message>
        <source>Customer data key</source>
        <translation>Kunci data pelanggan</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Riwayat persetujuan</translation>
    </message>
    <message>
        <source>Disclosure records</source>
        <translation>Catatan pengungkapan</translation>
    </message>
    <message>
        <source>Requester details</source>
        <translation>Detail pemohon</translation>
    </message>
    <message>
        <source>The customer&apos;s data key is missing; nothing was erased.</source>
        <translation>Kunci data pelanggan tidak ada; tidak ada yang dihapus.</translation>
    </message>
    <message>
        <source>An erasure must run inside a transaction.</source>
        <translation>Penghapusan harus dijalankan di dalam transaksi.</translation>
    </message>
    <message>
        <source>There is no such customer (already erased?).</source>
        <translation>Pelanggan tersebut tidak ditemukan (sudah dihapus?).</translation>
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
    <message>
        <source>(personal data erased)</source>
        <translation>(data pribadi telah dihapus)</translation>
    </message>
    <message>
        <source>This customer&apos;s encrypted data failed its integrity check, so none of it can be shown (customer id %1). Restore the workspace from a backup or tell your administrator.</source>
        <translation>Data terenkripsi pelanggan ini gagal dalam pemeriksaan integritas, sehingga tidak ada yang dapat ditampilkan (id pelanggan %1). Pulihkan ruang kerja dari cadangan atau beri tahu administrator Anda.</translation>
    </message>
    <message>
        <source>Damaged record — cannot be decrypted</source>
        <translation>Catatan rusak — tidak dapat didekripsi</translation>
    </message>
    <message>
        <source>Damaged</source>
        <comment>customer record that cannot be decrypted</comment>
        <translation>Rusak</translation>
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
        <source>&amp;Refresh</source>
        <translation>&amp;Muat Ulang</translation>
    </message>
    <message>
        <source>Compute the figures of the period again (the audit trail is verified too).</source>
        <translation>Hitung ulang angka untuk periode ini (jejak audit juga diverifikasi).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Kemajuan pemuatan ulang</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Permintaan terbuka</translation>
    </message>
    <message>
        <source>Due within 2 days</source>
        <translation>Tenggat dalam 2 hari</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <source>Answered within the deadline</source>
        <translation>Dijawab dalam tenggat</translation>
    </message>
    <message>
        <source>Stale consents (older notice)</source>
        <translation>Persetujuan kedaluwarsa (pemberitahuan lama)</translation>
    </message>
    <message>
        <source>Erasures done</source>
        <translation>Penghapusan yang dilaksanakan</translation>
    </message>
    <message>
        <source>Retention runs</source>
        <translation>Pelaksanaan retensi</translation>
    </message>
    <message>
        <source>Recipients notified</source>
        <translation>Penerima yang diberi tahu</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Menghitung angka…</translation>
    </message>
    <message>
        <source>Figures of %1 to %2, as of %3.</source>
        <translation>Angka untuk %1 sampai %2, per %3.</translation>
    </message>
    <message>
        <source>The refresh was cancelled.</source>
        <translation>Pemuatan ulang dibatalkan.</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Angka tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <source>%1 of %2 requests answered in the period</source>
        <translation>%1 dari %2 permintaan dijawab dalam periode ini</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Belum diperiksa</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Utuh</translation>
    </message>
    <message>
        <source>Broken at %1</source>
        <translation>Rusak di %1</translation>
    </message>
    <message>
        <source>Checkpoint: entry %1, MAC %2</source>
        <translation>Titik periksa: entri %1, MAC %2</translation>
    </message>
    <message>
        <source>Open requests by type and state</source>
        <translation>Permintaan terbuka menurut jenis dan keadaan</translation>
    </message>
    <message>
        <source>% answered within the deadline</source>
        <translation>% dijawab dalam tenggat</translation>
    </message>
    <message>
        <source>Answered within the deadline per month (%)</source>
        <translation>Dijawab dalam tenggat per bulan (%)</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Median hari</translation>
    </message>
    <message>
        <source>Median days to answer per type</source>
        <translation>Median hari hingga dijawab per jenis</translation>
    </message>
    <message>
        <source>%1 given</source>
        <translation>%1 diberikan</translation>
    </message>
    <message>
        <source>%1 withdrawn</source>
        <translation>%1 ditarik</translation>
    </message>
    <message>
        <source>Consent given and withdrawn per purpose</source>
        <translation>Persetujuan yang diberikan dan ditarik per tujuan pemrosesan</translation>
    </message>
</context>
<context>
    <name>DataInventory</name>
    <message>
        <source>No purpose uses the field “%1” (category %2): stop collecting it, or name the category in the purpose that needs it.</source>
        <translation>Tidak ada tujuan pemrosesan yang menggunakan isian “%1” (kategori %2): hentikan pengumpulannya, atau sebutkan kategori tersebut pada tujuan pemrosesan yang memerlukannya.</translation>
    </message>
    <message>
        <source>The purpose “%1” has no retention period: set how long its data is kept.</source>
        <translation>Tujuan pemrosesan “%1” tidak memiliki masa retensi: tetapkan berapa lama datanya disimpan.</translation>
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
    <message>
        <source>Another program (%1) still reads an older copy of the workspace.</source>
        <translation>Program lain (%1) masih membaca salinan lama ruang kerja.</translation>
    </message>
    <message>
        <source>The workspace&apos;s log could not be emptied: %1</source>
        <translation>Log ruang kerja tidak dapat dikosongkan: %1</translation>
    </message>
    <message>
        <source>Another program still reads an older copy of the workspace.</source>
        <translation>Program lain masih membaca salinan lama ruang kerja.</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>proses %1</translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation>%1, proses %2</translation>
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
    <name>DisclosureService</name>
    <message>
        <source>There is no such customer.</source>
        <translation>Pelanggan tersebut tidak ditemukan.</translation>
    </message>
    <message>
        <source>Choose a recipient from the register.</source>
        <translation>Pilih penerima dari daftar.</translation>
    </message>
    <message>
        <source>Choose the purpose of the disclosure.</source>
        <translation>Pilih tujuan pemrosesan untuk pengungkapan ini.</translation>
    </message>
    <message>
        <source>Give the date of the disclosure (YYYY-MM-DD).</source>
        <translation>Berikan tanggal pengungkapan (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The date of a disclosure cannot be in the future.</source>
        <translation>Tanggal pengungkapan tidak boleh di masa mendatang.</translation>
    </message>
    <message>
        <source>Name at least one data category that was disclosed.</source>
        <translation>Sebutkan paling sedikit satu kategori data yang diungkapkan.</translation>
    </message>
    <message>
        <source>The file has no header line naming its columns.</source>
        <translation>Berkas tidak memiliki baris judul yang menamai kolom-kolomnya.</translation>
    </message>
    <message>
        <source>The header must name the columns customer_ref or email, recipient, purpose, date and categories.</source>
        <translation>Baris judul harus menamai kolom customer_ref atau email, recipient, purpose, date, dan categories.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Impor dibatalkan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>No customer has this reference or email.</source>
        <translation>Tidak ada pelanggan dengan referensi atau email ini.</translation>
    </message>
    <message>
        <source>Several customers have this email: use the customer reference.</source>
        <translation>Beberapa pelanggan memiliki email ini: gunakan referensi pelanggan.</translation>
    </message>
    <message>
        <source>The recipient is not in the register (the name must match exactly).</source>
        <translation>Penerima tidak ada dalam daftar (nama harus sama persis).</translation>
    </message>
    <message>
        <source>There is no purpose with this code.</source>
        <translation>Tidak ada tujuan pemrosesan dengan kode ini.</translation>
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
    <message>
        <source>By hand</source>
        <comment>disclosure source</comment>
        <translation>Manual</translation>
    </message>
    <message>
        <source>CSV import</source>
        <comment>disclosure source</comment>
        <translation>Impor CSV</translation>
    </message>
    <message>
        <source>Audience export</source>
        <comment>disclosure source</comment>
        <translation>Ekspor audiens</translation>
    </message>
</context>
<context>
    <name>ErasureCertificate</name>
    <message>
        <source>A certificate exists only once the erasure is executed.</source>
        <translation>Sertifikat baru ada setelah penghapusan dilaksanakan.</translation>
    </message>
    <message>
        <source>No PDF renderer was given.</source>
        <translation>Tidak ada perender PDF yang diberikan.</translation>
    </message>
</context>
<context>
    <name>ErasureConfirmDialog</name>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justifikasi:</translation>
    </message>
    <message>
        <source>&amp;Erase Permanently</source>
        <translation>&amp;Hapus Permanen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Confirm Erasure of Request %1</source>
        <translation>Konfirmasi Penghapusan untuk Permintaan %1</translation>
    </message>
    <message numerus="yes">
        <source>Why this erasure is justified (at least %n characters)</source>
        <translation>
            <numerusform>Justifikasi penghapusan ini (minimal %n karakter)</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer &amp;reference:</source>
        <translation>&amp;Referensi pelanggan:</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2. You confirm as the second person.</source>
        <translation>Disiapkan oleh %1 pada %2. Anda mengonfirmasi sebagai orang kedua.</translation>
    </message>
    <message>
        <source>Not prepared yet: someone must prepare this erasure first.</source>
        <translation>Belum disiapkan: seseorang harus menyiapkan penghapusan ini terlebih dahulu.</translation>
    </message>
    <message>
        <source>Type the customer &amp;reference %1 again:</source>
        <translation>Ketik ulang &amp;referensi pelanggan %1:</translation>
    </message>
    <message>
        <source>The customer&apos;s data was already deleted, but the erasure is not finished: its data key may remain in the workspace&apos;s log while another program reads the workspace. Close other Amanah windows and jobs on this workspace, then finish the erasure.</source>
        <translation>Data pelanggan sudah dihapus, tetapi penghapusan belum selesai: kunci datanya mungkin masih tersisa di log ruang kerja selama program lain membaca ruang kerja ini. Tutup jendela dan tugas Amanah lain pada ruang kerja ini, lalu selesaikan penghapusan.</translation>
    </message>
    <message>
        <source>Type the customer &amp;reference again:</source>
        <translation>Ketik ulang &amp;referensi pelanggan:</translation>
    </message>
    <message>
        <source>&amp;Finish Erasure</source>
        <translation>&amp;Selesaikan Penghapusan</translation>
    </message>
</context>
<context>
    <name>ErasureLedger</name>
    <message>
        <source>The erasure ledger could not be written to %1: %2</source>
        <translation>Buku catatan penghapusan tidak dapat ditulis ke %1: %2</translation>
    </message>
    <message>
        <source>The erasure ledger %1 is missing.</source>
        <translation>Buku catatan penghapusan %1 tidak ada.</translation>
    </message>
    <message>
        <source>The erasure ledger %1 cannot be read.</source>
        <translation>Buku catatan penghapusan %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>%1 is not an Amanah erasure ledger, or it is damaged.</source>
        <translation>%1 bukan buku catatan penghapusan Amanah, atau berkas itu rusak.</translation>
    </message>
    <message>
        <source>The erasure ledger %1 was written by a newer Amanah.</source>
        <translation>Buku catatan penghapusan %1 ditulis oleh Amanah versi yang lebih baru.</translation>
    </message>
</context>
<context>
    <name>ErasurePanel</name>
    <message>
        <source>&amp;Prepare Erasure…</source>
        <translation>&amp;Siapkan Penghapusan…</translation>
    </message>
    <message>
        <source>C&amp;onfirm Erasure…</source>
        <translation>K&amp;onfirmasi Penghapusan…</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>Sertifikat…</translation>
    </message>
    <message>
        <source>&amp;View Held Records…</source>
        <translation>&amp;Lihat Catatan yang Ditahan…</translation>
    </message>
    <message>
        <source>Destroy &amp;Ended Holds</source>
        <translation>Musnahkan Penahanan yang &amp;Berakhir</translation>
    </message>
    <message>
        <source>Legal &amp;Holds…</source>
        <translation>Penahanan &amp;Hukum…</translation>
    </message>
    <message>
        <source>Recipients to notify (GDPR Art. 19):</source>
        <translation>Penerima yang harus diberi tahu (GDPR Art. 19):</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Penghapusan</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Executed %1; prepared by %2, approved by %3.</source>
        <translation>Dilaksanakan %1; disiapkan oleh %2, disetujui oleh %3.</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2: waiting for a second officer to confirm.</source>
        <translation>Disiapkan oleh %1 pada %2: menunggu konfirmasi petugas kedua.</translation>
    </message>
    <message>
        <source>Approved: prepare the erasure to see what goes and what a legal hold keeps.</source>
        <translation>Disetujui: siapkan penghapusan untuk melihat apa yang dihapus dan apa yang disimpan oleh penahanan hukum.</translation>
    </message>
    <message>
        <source>The erasure can be prepared once the request is approved.</source>
        <translation>Penghapusan dapat disiapkan setelah permintaan disetujui.</translation>
    </message>
    <message>
        <source>Kept under a legal hold (restricted, officers only):</source>
        <translation>Disimpan berdasarkan penahanan hukum (akses terbatas, khusus petugas):</translation>
    </message>
    <message>
        <source>%1 (%2): the hold ended %3</source>
        <translation>%1 (%2): penahanan berakhir %3</translation>
    </message>
    <message>
        <source>%1 (%2) until %3</source>
        <translation>%1 (%2) hingga %3</translation>
    </message>
    <message>
        <source>%1 — %2, until %3</source>
        <translation>%1 — %2, hingga %3</translation>
    </message>
    <message>
        <source>Held Records</source>
        <translation>Catatan yang Ditahan</translation>
    </message>
    <message>
        <source>Restricted: use only for the purpose of the hold.</source>
        <translation>Akses terbatas: gunakan hanya untuk tujuan penahanan.</translation>
    </message>
    <message numerus="yes">
        <source>%n held record(s) destroyed.</source>
        <translation>
            <numerusform>%n catatan yang ditahan telah dimusnahkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Certificate of Erasure</source>
        <translation>Simpan Sertifikat Penghapusan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Certificate saved to %1 (SHA-256 %2).</source>
        <translation>Sertifikat disimpan ke %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <source>The customer&apos;s data was deleted on %1, but the erasure is not finished: another program was still reading the workspace, so the data key may remain in its log. Close other Amanah windows and jobs on this workspace, then confirm the erasure again to finish.</source>
        <translation>Data pelanggan telah dihapus pada %1, tetapi penghapusan belum selesai: program lain masih membaca ruang kerja, sehingga kunci data mungkin masih tersisa di log-nya. Tutup jendela dan tugas Amanah lain pada ruang kerja ini, lalu konfirmasi penghapusan sekali lagi untuk menyelesaikannya.</translation>
    </message>
</context>
<context>
    <name>ErasurePreviewDialog</name>
    <message>
        <source>&amp;Prepare Erasure</source>
        <translation>&amp;Siapkan Penghapusan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Prepare Erasure of Request %1</source>
        <translation>Siapkan Penghapusan untuk Permintaan %1</translation>
    </message>
    <message>
        <source>Erasure of %1 (reference %2). Check what goes and what a legal hold keeps. After you prepare it, a second officer who is not you confirms it with a written justification.</source>
        <translation>Penghapusan %1 (referensi %2). Periksa apa yang dihapus dan apa yang disimpan oleh penahanan hukum. Setelah Anda menyiapkannya, petugas kedua yang bukan Anda mengonfirmasinya dengan justifikasi tertulis.</translation>
    </message>
</context>
<context>
    <name>ErasurePreviewView</name>
    <message>
        <source>What</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroyed for good</source>
        <translation>Dimusnahkan secara permanen</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n catatan</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept under a legal hold (restricted, officers only)</source>
        <translation>Disimpan berdasarkan penahanan hukum (akses terbatas, khusus petugas)</translation>
    </message>
    <message>
        <source>%1 — until %2</source>
        <translation>%1 — hingga %2</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>Yang disimpan</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>No legal hold applies: everything is destroyed.</source>
        <translation>Tidak ada penahanan hukum yang berlaku: semuanya dimusnahkan.</translation>
    </message>
    <message>
        <source>Recipients to notify (GDPR Art. 19)</source>
        <translation>Penerima yang harus diberi tahu (GDPR Art. 19)</translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s), last %1</source>
        <translation>
            <numerusform>%n pengungkapan, terakhir %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Tidak seorang pun</translation>
    </message>
    <message>
        <source>The data was not disclosed to any recipient.</source>
        <translation>Data tidak diungkapkan kepada penerima mana pun.</translation>
    </message>
    <message>
        <source>This cannot be undone. The customer&apos;s data key and every record of their personal data are destroyed; only what a legal hold requires is kept, restricted.</source>
        <translation>Tindakan ini tidak dapat dibatalkan. Kunci data pelanggan dan setiap catatan data pribadinya dimusnahkan; hanya yang diwajibkan oleh penahanan hukum yang disimpan, dengan akses terbatas.</translation>
    </message>
    <message>
        <source>• %1: %2.</source>
        <comment>erasure: a kind of copy and what becomes of it</comment>
        <translation>• %1: %2.</translation>
    </message>
    <message>
        <source>the encrypted fields cannot be read without it:</source>
        <translation>tanpa kunci ini, kolom terenkripsi tidak dapat dibaca:</translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message>
        <source>Request %1 is not an erasure request.</source>
        <translation>Permintaan %1 bukan permintaan penghapusan.</translation>
    </message>
    <message>
        <source>Only an approved erasure request can be prepared or executed (this one is %1).</source>
        <translation>Hanya permintaan penghapusan yang telah disetujui yang dapat disiapkan atau dilaksanakan (status permintaan ini %1).</translation>
    </message>
    <message>
        <source>Match the request to a customer before preparing the erasure.</source>
        <translation>Cocokkan permintaan dengan pelanggan sebelum menyiapkan penghapusan.</translation>
    </message>
    <message>
        <source>Write why this erasure is justified (at least %1 characters).</source>
        <translation>Tuliskan justifikasi penghapusan ini (minimal %1 karakter).</translation>
    </message>
    <message>
        <source>Prepare the erasure first: a second officer then confirms it.</source>
        <translation>Siapkan penghapusan terlebih dahulu: petugas kedua kemudian mengonfirmasinya.</translation>
    </message>
    <message>
        <source>You prepared this erasure: a second officer must approve it (four-eyes rule).</source>
        <translation>Anda yang menyiapkan penghapusan ini: petugas kedua harus menyetujuinya (prinsip empat mata).</translation>
    </message>
    <message>
        <source>The customer reference typed does not match. Nothing was erased.</source>
        <translation>Referensi pelanggan yang diketik tidak cocok. Tidak ada yang dihapus.</translation>
    </message>
    <message>
        <source>Someone else changed this request meanwhile. Nothing was erased.</source>
        <translation>Orang lain telah mengubah permintaan ini sementara itu. Tidak ada yang dihapus.</translation>
    </message>
    <message>
        <source>There is no held record %1.</source>
        <translation>Catatan yang ditahan %1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>A legal hold needs a category and its legal basis.</source>
        <translation>Penahanan hukum memerlukan kategori dan dasar hukumnya.</translation>
    </message>
    <message>
        <source>A legal hold lasts between 1 and 100 years.</source>
        <translation>Penahanan hukum berlaku antara 1 dan 100 tahun.</translation>
    </message>
    <message>
        <source>A legal hold cannot keep the field %1.</source>
        <translation>Penahanan hukum tidak dapat menyimpan isian %1.</translation>
    </message>
    <message>
        <source>There is no legal hold %1.</source>
        <translation>Penahanan hukum %1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>This workspace and its log</source>
        <translation>Ruang kerja ini dan log-nya</translation>
    </message>
    <message>
        <source>unreadable at once</source>
        <translation>seketika tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Amanah backups made before the erasure</source>
        <translation>Cadangan Amanah yang dibuat sebelum penghapusan</translation>
    </message>
    <message>
        <source>still hold the encrypted data; restoring one through Amanah erases the customer again before anyone can work in it</source>
        <translation>masih memuat data terenkripsi; memulihkan cadangan melalui Amanah menghapus pelanggan ini lagi sebelum siapa pun dapat bekerja di dalamnya</translation>
    </message>
    <message>
        <source>Copies made outside Amanah (file copies, disk images)</source>
        <translation>Salinan yang dibuat di luar Amanah (salinan berkas, citra disk)</translation>
    </message>
    <message>
        <source>keep the data until they are destroyed</source>
        <translation>tetap memuat data sampai salinan itu dimusnahkan</translation>
    </message>
    <message>
        <source>The customer&apos;s data was already deleted: execute the erasure again to finish it.</source>
        <translation>Data pelanggan sudah dihapus: laksanakan penghapusan sekali lagi untuk menyelesaikannya.</translation>
    </message>
    <message>
        <source>The customer&apos;s data was deleted, but the data key may remain in the workspace&apos;s log. %1 Close other Amanah windows and jobs on this workspace and execute the erasure again to finish.</source>
        <translation>Data pelanggan telah dihapus, tetapi kunci datanya mungkin masih tersisa di log ruang kerja. %1 Tutup jendela dan tugas Amanah lain pada ruang kerja ini, lalu laksanakan penghapusan sekali lagi untuk menyelesaikannya.</translation>
    </message>
    <message>
        <source>Request %1 has no erasure record.</source>
        <translation>Permintaan %1 tidak memiliki catatan penghapusan.</translation>
    </message>
    <message>
        <source>The customer reference typed does not match. Nothing was changed.</source>
        <translation>Referensi pelanggan yang diketik tidak cocok. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Someone else finished or changed this erasure meanwhile.</source>
        <translation>Orang lain telah menyelesaikan atau mengubah penghapusan ini sementara itu.</translation>
    </message>
    <message>
        <source>Someone else changed this request meanwhile.</source>
        <translation>Orang lain telah mengubah permintaan ini sementara itu.</translation>
    </message>
    <message>
        <source>The held records were destroyed, but copies of them may remain in the workspace&apos;s log. %1 Close other Amanah windows and jobs on this workspace and destroy the expired holds again to finish.</source>
        <translation>Catatan yang ditahan telah dimusnahkan, tetapi salinannya mungkin masih tersisa di log ruang kerja. %1 Tutup jendela dan tugas Amanah lain pada ruang kerja ini, lalu musnahkan penahanan yang berakhir sekali lagi untuk menyelesaikannya.</translation>
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
    <name>LegalHoldsDialog</name>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktif</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Baru</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <source>Legal Holds</source>
        <translation>Penahanan Hukum (Retensi Wajib)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>Isian yang disimpan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source>from the customer&apos;s last activity</source>
        <translation>sejak aktivitas terakhir pelanggan</translation>
    </message>
    <message>
        <source>from the erasure</source>
        <translation>sejak penghapusan</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Dasar hukum:</translation>
    </message>
    <message>
        <source>&amp;Kept for:</source>
        <translation>Disimpan &amp;selama:</translation>
    </message>
    <message>
        <source>Counted:</source>
        <translation>Dihitung:</translation>
    </message>
    <message>
        <source>Fields kept:</source>
        <translation>Isian yang disimpan:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
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
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Cadangkan…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Pulihkan…</translation>
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
    <message>
        <source>&amp;Use for This Request</source>
        <translation>&amp;Gunakan untuk Permintaan Ini</translation>
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
    <name>NoticeDraftDialog</name>
    <message>
        <source>Save Privacy Notice (HTML)</source>
        <translation>Simpan Pemberitahuan Privasi (HTML)</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>Berkas HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Berkas %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 tersimpan.</translation>
    </message>
    <message>
        <source>Save Privacy Notice (PDF)</source>
        <translation>Simpan Pemberitahuan Privasi (PDF)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Pemberitahuan privasi</translation>
    </message>
    <message>
        <source>Published as notice version %1 (material: earlier grants need re-consent).</source>
        <translation>Diterbitkan sebagai versi pemberitahuan %1 (material: persetujuan yang diberikan sebelumnya perlu persetujuan ulang).</translation>
    </message>
    <message>
        <source>Published as notice version %1.</source>
        <translation>Diterbitkan sebagai versi pemberitahuan %1.</translation>
    </message>
    <message>
        <source>Draft Privacy Notice</source>
        <translation>Draf Pemberitahuan Privasi</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Version &amp;label:</source>
        <translation>&amp;Label versi:</translation>
    </message>
    <message>
        <source>&amp;Material change</source>
        <translation>Perubahan &amp;material</translation>
    </message>
    <message>
        <source>A material change makes grants given under older versions stale until the customer consents again.</source>
        <translation>Perubahan material membuat persetujuan yang diberikan berdasarkan versi lama menjadi kedaluwarsa sampai pelanggan memberikan persetujuan lagi.</translation>
    </message>
    <message>
        <source>Save &amp;HTML…</source>
        <translation>Simpan &amp;HTML…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Simpan P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Publish as New Notice Version</source>
        <translation>&amp;Terbitkan sebagai Versi Pemberitahuan Baru</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
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
    <name>PackagePreviewDialog</name>
    <message>
        <source>Data the customer provided</source>
        <translation>Data yang diberikan pelanggan</translation>
    </message>
    <message>
        <source>Consent choices</source>
        <translation>Pilihan persetujuan</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>diberikan</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ditarik</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Tidak ada yang tercatat.</translation>
    </message>
    <message>
        <source>Only access and portability requests are answered with a package.</source>
        <translation>Hanya permintaan akses dan portabilitas data yang dijawab dengan paket.</translation>
    </message>
    <message>
        <source>Release Package Into</source>
        <translation>Rilis Paket ke</translation>
    </message>
    <message>
        <source>Cancelled: no package was released.</source>
        <translation>Dibatalkan: tidak ada paket yang dirilis.</translation>
    </message>
    <message>
        <source>The package was not released and the request is unchanged: %1</source>
        <translation>Paket tidak dirilis dan permintaan tidak berubah: %1</translation>
    </message>
    <message>
        <source>Released into %1 and recorded in the audit trail; the request is completed.</source>
        <translation>Dirilis ke %1 dan dicatat dalam jejak audit; permintaan telah diselesaikan.</translation>
    </message>
    <message>
        <source>  SHA-256: %1</source>
        <translation>  SHA-256: %1</translation>
    </message>
    <message>
        <source>Access Package</source>
        <translation>Paket Akses</translation>
    </message>
    <message>
        <source>Portability Package</source>
        <translation>Paket Portabilitas Data</translation>
    </message>
    <message>
        <source>This is what the customer receives, in %1. Check it, then release it: a JSON file and a PDF are written into a folder you choose, their SHA-256 is recorded in the audit trail, and the request is completed.</source>
        <translation>Inilah yang diterima pelanggan, dalam %1. Periksa, lalu rilis: satu berkas JSON dan satu PDF ditulis ke folder yang Anda pilih, SHA-256 keduanya dicatat dalam jejak audit, dan permintaan diselesaikan.</translation>
    </message>
    <message>
        <source>This is the data the customer provided, as they receive it. Check it, then release it: a JSON file and a CSV file are written into a folder you choose, their SHA-256 is recorded in the audit trail, and the request is completed.</source>
        <translation>Inilah data yang diberikan pelanggan, sebagaimana yang akan mereka terima. Periksa, lalu rilis: satu berkas JSON dan satu berkas CSV ditulis ke folder yang Anda pilih, SHA-256 keduanya dicatat dalam jejak audit, dan permintaan diselesaikan.</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Menulis paket…</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Rilis…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>T&amp;utup</translation>
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
    <name>PeriodSelector</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 bulan terakhir</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Kustom</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Hari pertama</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Hari terakhir</translation>
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
    <message>
        <source>Reci&amp;pients:</source>
        <translation>&amp;Penerima:</translation>
    </message>
    <message>
        <source>Third parties that receive this purpose&apos;s data (add them on the Third parties page).</source>
        <translation>Pihak ketiga yang menerima data dari tujuan pemrosesan ini (tambahkan di halaman Pihak ketiga).</translation>
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
    <name>RecipientChecklistWidget</name>
    <message>
        <source>Mark &amp;Notified</source>
        <translation>Tandai Sudah &amp;Diberi Tahu</translation>
    </message>
    <message>
        <source>Mark Con&amp;firmed</source>
        <translation>Tandai Sudah Di&amp;konfirmasi</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Diberi tahu</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 oleh %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Lewat tenggat sejak %1</translation>
    </message>
    <message>
        <source>Confirm by %1</source>
        <translation>Konfirmasi paling lambat %1</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <source>New Recipient</source>
        <translation>Penerima Baru</translation>
    </message>
    <message>
        <source>Edit Recipient</source>
        <translation>Ubah Penerima</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Negara:</translation>
    </message>
    <message>
        <source>Transfer &amp;safeguard:</source>
        <translation>Pe&amp;lindungan transfer:</translation>
    </message>
    <message>
        <source>Data &amp;categories:</source>
        <translation>Kategori &amp;data:</translation>
    </message>
    <message>
        <source>&amp;Agreement signed:</source>
        <translation>Perj&amp;anjian ditandatangani:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>&amp;Kontak:</translation>
    </message>
    <message>
        <source>two letters, e.g. ID, SG, US</source>
        <translation>dua huruf, mis. ID, SG, US</translation>
    </message>
    <message>
        <source>needed outside the workspace&apos;s area, e.g. standard contractual clauses</source>
        <translation>diperlukan di luar wilayah aturan ruang kerja, mis. klausul kontrak standar</translation>
    </message>
    <message>
        <source>comma-separated, e.g. name, email</source>
        <translation>dipisahkan koma, mis. nama, email</translation>
    </message>
    <message>
        <source>on</source>
        <translation>pada</translation>
    </message>
    <message>
        <source>e.g. the recipient&apos;s data protection officer</source>
        <translation>mis. petugas pelindungan data pihak penerima</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>RecipientNotificationService</name>
    <message>
        <source>There is no request %1.</source>
        <translation>Permintaan %1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>This recipient is not on the request&apos;s checklist.</source>
        <translation>Penerima ini tidak ada dalam daftar periksa permintaan.</translation>
    </message>
    <message>
        <source>Mark the recipient notified before recording a confirmation.</source>
        <translation>Tandai penerima sebagai sudah diberi tahu sebelum mencatat konfirmasi.</translation>
    </message>
    <message>
        <source>This recipient&apos;s confirmation is already recorded.</source>
        <translation>Konfirmasi dari penerima ini sudah tercatat.</translation>
    </message>
    <message>
        <source>This recipient is already marked notified.</source>
        <translation>Penerima ini sudah ditandai sebagai sudah diberi tahu.</translation>
    </message>
</context>
<context>
    <name>RecipientService</name>
    <message>
        <source>Give the recipient&apos;s name (at most 200 characters).</source>
        <translation>Masukkan nama penerima (paling banyak 200 karakter).</translation>
    </message>
    <message>
        <source>The country is a two-letter ISO 3166 code in capitals, e.g. ID, SG or US.</source>
        <translation>Negara ditulis sebagai kode ISO 3166 dua huruf kapital, mis. ID, SG, atau US.</translation>
    </message>
    <message>
        <source>%1 is outside the area of the workspace&apos;s rules: name the transfer safeguard, e.g. standard contractual clauses or an adequacy decision.</source>
        <translation>%1 berada di luar wilayah aturan ruang kerja: sebutkan pelindungan transfernya, mis. klausul kontrak standar atau keputusan kecukupan.</translation>
    </message>
    <message>
        <source>The contact and the safeguard are at most 500 characters.</source>
        <translation>Kontak dan pelindungan transfer masing-masing paling banyak 500 karakter.</translation>
    </message>
    <message>
        <source>The agreement date cannot be in the future.</source>
        <translation>Tanggal perjanjian tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>A recipient with this name is in the register already.</source>
        <translation>Penerima dengan nama ini sudah terdaftar.</translation>
    </message>
    <message>
        <source>Someone else changed this recipient since you opened it. Nothing was overwritten: reload it and make your change again.</source>
        <translation>Orang lain telah mengubah penerima ini sejak Anda membukanya. Tidak ada yang ditimpa: muat ulang, lalu lakukan perubahan Anda lagi.</translation>
    </message>
    <message>
        <source>There is no such recipient.</source>
        <translation>Penerima tersebut tidak ditemukan.</translation>
    </message>
</context>
<context>
    <name>RecipientsTableModel</name>
    <message>
        <source>Processor</source>
        <translation>Prosesor data</translation>
    </message>
    <message>
        <source>Controller</source>
        <comment>recipient role</comment>
        <translation>Pengendali data</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no safeguard</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Transfer safeguard</source>
        <translation>Pelindungan transfer</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Kategori data</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Tujuan pemrosesan</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Perjanjian</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
</context>
<context>
    <name>RecordDisclosureDialog</name>
    <message>
        <source>The register has no recipient yet: an officer adds them on the Third parties page.</source>
        <translation>Belum ada penerima yang terdaftar: petugas privasi dapat menambahkannya di halaman Pihak ketiga.</translation>
    </message>
    <message>
        <source>Record Disclosure</source>
        <translation>Catat Pengungkapan</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Penerima:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Tujuan:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>T&amp;anggal:</translation>
    </message>
    <message>
        <source>Data &amp;categories:</source>
        <translation>Kategori &amp;data:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. name, address</source>
        <translation>dipisahkan koma, mis. nama, alamat</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Catat</translation>
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
    <message>
        <source>Correct Field for Request %1</source>
        <translation>Perbaiki Isian untuk Permintaan %1</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation>Sesi telah berakhir. Silakan masuk kembali.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Peran Anda tidak mengizinkan tindakan ini.</translation>
    </message>
    <message>
        <source>Choose a period whose first day is not after its last day.</source>
        <translation>Pilih periode yang hari pertamanya tidak jatuh setelah hari terakhirnya.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>Choose English (en) or Bahasa Indonesia (id).</source>
        <translation>Pilih English (en) atau Bahasa Indonesia (id).</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Pilih lokasi penyimpanan laporan.</translation>
    </message>
    <message>
        <source>No PDF renderer was given.</source>
        <translation>Tidak ada perender PDF yang diberikan.</translation>
    </message>
    <message>
        <source>The consent events could not be read: %1</source>
        <translation>Peristiwa persetujuan tidak dapat dibaca: %1</translation>
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
        <source>A compliance report holds figures only: requests, deadlines, consent, erasures, retention runs, notifications and the audit trail&apos;s checkpoint. It never shows a customer.</source>
        <translation>Laporan kepatuhan hanya memuat angka: permintaan, tenggat, persetujuan, penghapusan, pelaksanaan retensi, notifikasi, dan titik periksa jejak audit. Laporan ini tidak pernah menampilkan pelanggan.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokumen PDF</translation>
    </message>
    <message>
        <source>Folder of CSV files</source>
        <translation>Folder berkas CSV</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Simpan ke:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Kemajuan ekspor</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Pilih lokasi penyimpanan laporan.</translation>
    </message>
    <message>
        <source>Computing the figures and verifying the audit trail…</source>
        <translation>Menghitung angka dan memverifikasi jejak audit…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Ekspor dibatalkan.</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Laporan tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Menulis laporan…</translation>
    </message>
    <message>
        <source>The report was saved: %1</source>
        <translation>Laporan telah disimpan: %1</translation>
    </message>
    <message>
        <source>Warning: the audit trail failed verification; the report says so.</source>
        <translation>Peringatan: jejak audit gagal diverifikasi; hal ini dinyatakan dalam laporan.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Laporan tidak dapat disimpan: %1</translation>
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
    <message>
        <source>Purposes named: %1</source>
        <translation>Tujuan yang disebutkan: %1</translation>
    </message>
    <message>
        <source>Prepare &amp;Package…</source>
        <translation>Siapkan &amp;Paket…</translation>
    </message>
    <message>
        <source>Review what the customer receives, then release it (approved requests only)</source>
        <translation>Tinjau apa yang diterima pelanggan, lalu rilis (hanya permintaan yang disetujui)</translation>
    </message>
    <message>
        <source>Rectify &amp;Record…</source>
        <translation>Perbaiki &amp;Catatan…</translation>
    </message>
    <message>
        <source>Correct the customer&apos;s record; the correction is audited with this request</source>
        <translation>Perbaiki catatan pelanggan; perbaikan ini diaudit bersama permintaan ini</translation>
    </message>
    <message>
        <source>Answer L&amp;etter…</source>
        <translation>Surat &amp;Jawaban…</translation>
    </message>
    <message>
        <source>The record was corrected. Complete the request when every correction is made.</source>
        <translation>Catatan telah diperbaiki. Selesaikan permintaan setelah semua perbaikan dilakukan.</translation>
    </message>
    <message>
        <source>Customer: erased — their personal data was destroyed</source>
        <translation>Pelanggan: dihapus — data pribadinya telah dimusnahkan</translation>
    </message>
    <message>
        <source>Requester: erased with the customer</source>
        <translation>Pemohon: dihapus bersama pelanggan</translation>
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
    <message>
        <source>No customer has this email or reference. Clear the field to log the request without a customer, or enter the requester with New Customer.</source>
        <translation>Tidak ada pelanggan dengan email atau referensi ini. Kosongkan isian untuk mencatat permintaan tanpa pelanggan, atau masukkan pemohon melalui Pelanggan Baru.</translation>
    </message>
    <message>
        <source>No Purpose Ticked</source>
        <translation>Tidak Ada Tujuan yang Dicentang</translation>
    </message>
    <message>
        <source>No purpose is ticked. The request can be logged, but it cannot be fulfilled until it names the purposes to withdraw. Log it anyway?</source>
        <translation>Tidak ada tujuan yang dicentang. Permintaan dapat dicatat, tetapi tidak dapat dipenuhi sampai permintaan menyebutkan tujuan yang persetujuannya ditarik. Tetap catat?</translation>
    </message>
    <message>
        <source>P&amp;urposes named:</source>
        <translation>T&amp;ujuan yang disebutkan:</translation>
    </message>
    <message>
        <source>exact email or customer reference</source>
        <translation>email atau referensi pelanggan yang persis</translation>
    </message>
    <message>
        <source>New &amp;Customer…</source>
        <translation>Pelanggan &amp;Baru…</translation>
    </message>
    <message>
        <source>The requester is not a customer yet: enter them; they are created with the request</source>
        <translation>Pemohon belum menjadi pelanggan: masukkan datanya; pelanggan dibuat bersama permintaan</translation>
    </message>
    <message>
        <source>Tick each purpose the customer objects to or withdraws consent from; it is withdrawn when the request is fulfilled</source>
        <translation>Centang setiap tujuan yang menjadi objek keberatan pelanggan atau yang persetujuannya ditarik pelanggan; persetujuan ditarik saat permintaan dipenuhi</translation>
    </message>
    <message>
        <source>New customer “%1”: created together with the request.</source>
        <translation>Pelanggan baru “%1”: dibuat bersama permintaan.</translation>
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
    <message>
        <source>The customer&apos;s data was already deleted: execute the erasure again to finish it.</source>
        <translation>Data pelanggan sudah dihapus: laksanakan penghapusan sekali lagi untuk menyelesaikannya.</translation>
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
    <message>
        <source>Assign &amp;To…</source>
        <translation>Tugaskan &amp;Kepada…</translation>
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
    <name>Restore</name>
    <message>
        <source>This backup was written by a newer version of Amanah (schema %1; this version knows up to %2). Install the newer Amanah to restore it.</source>
        <translation>Cadangan ini ditulis oleh Amanah versi yang lebih baru (skema %1; versi ini mengenal hingga %2). Pasang Amanah yang lebih baru untuk memulihkannya.</translation>
    </message>
    <message>
        <source>The erasure ledger is missing: %1. Without it, customers erased after this backup would come back. Copy it from the folder the backups were written to, or name where it is. Nothing was restored.</source>
        <translation>Buku catatan penghapusan tidak ada: %1. Tanpanya, pelanggan yang dihapus setelah cadangan ini akan muncul kembali. Salin dari folder tempat cadangan ditulis, atau sebutkan letaknya. Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>The erasure ledger %1 belongs to another workspace than the backup. Nothing was restored.</source>
        <translation>Buku catatan penghapusan %1 milik ruang kerja lain, bukan milik cadangan ini. Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>“%1” exists. Restore into a new file, or replace it (--replace) once no one works in it.</source>
        <translation>“%1” sudah ada. Pulihkan ke berkas baru, atau gantikan berkas itu (--replace) setelah tidak ada yang bekerja di dalamnya.</translation>
    </message>
    <message>
        <source>“%1” is another workspace than the backup&apos;s: it was not replaced.</source>
        <translation>“%1” adalah ruang kerja lain, bukan milik cadangan ini: berkas itu tidak digantikan.</translation>
    </message>
    <message>
        <source>The backup could not be copied to “%1”.</source>
        <translation>Cadangan tidak dapat disalin ke “%1”.</translation>
    </message>
    <message>
        <source>The erasure ledger %1 is older than the backup: it lacks erasures the backup holds. Use the ledger written with the backup or a newer one. Nothing was restored.</source>
        <translation>Buku catatan penghapusan %1 lebih lama daripada cadangan: penghapusan yang tercatat di cadangan tidak ada di dalamnya. Gunakan buku catatan yang ditulis bersama cadangan atau yang lebih baru. Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>Sign in to the restored copy first.</source>
        <translation>Masuk dulu ke salinan yang dipulihkan.</translation>
    </message>
    <message>
        <source>The erasure ledger %1 was altered (its MAC does not match this workspace&apos;s keys). Nothing was restored.</source>
        <translation>Buku catatan penghapusan %1 telah diubah (MAC-nya tidak cocok dengan kunci ruang kerja ini). Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>The erasure ledger %1 is not this workspace&apos;s, or it was altered. Nothing was changed.</source>
        <translation>Buku catatan penghapusan %1 bukan milik ruang kerja ini, atau telah diubah. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The restored copy&apos;s log could not be emptied. Nothing was restored.</source>
        <translation>Log salinan yang dipulihkan tidak dapat dikosongkan. Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>The erasure ledger has not been applied: the backup cannot be restored yet.</source>
        <translation>Buku catatan penghapusan belum diterapkan: cadangan belum dapat dipulihkan.</translation>
    </message>
    <message>
        <source>Sign out of the restored copy before it is put in place.</source>
        <translation>Keluar dari salinan yang dipulihkan sebelum salinan itu dipasang di tempatnya.</translation>
    </message>
    <message>
        <source>Another program opened the restored copy “%1”; close it and restore again.</source>
        <translation>Program lain membuka salinan yang dipulihkan “%1”; tutup program itu lalu pulihkan lagi.</translation>
    </message>
    <message>
        <source>“%1” exists.</source>
        <translation>“%1” sudah ada.</translation>
    </message>
    <message>
        <source>“%1” is open in another Amanah window or job. Close them all, then restore again; the workspace was not replaced.</source>
        <translation>“%1” sedang dibuka di jendela atau tugas Amanah lain. Tutup semuanya, lalu pulihkan lagi; ruang kerja tidak digantikan.</translation>
    </message>
    <message>
        <source>The restored copy could not be moved to “%1”: %2</source>
        <translation>Salinan yang dipulihkan tidak dapat dipindahkan ke “%1”: %2</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Choose a Backup</source>
        <translation>Pilih Cadangan</translation>
    </message>
    <message>
        <source>Amanah backups (*.%1)</source>
        <translation>Cadangan Amanah (*.%1)</translation>
    </message>
    <message>
        <source>Choose the Erasure Ledger</source>
        <translation>Pilih Buku Catatan Penghapusan</translation>
    </message>
    <message>
        <source>Erasure ledgers (*.json)</source>
        <translation>Buku catatan penghapusan (*.json)</translation>
    </message>
    <message>
        <source>Restore Into</source>
        <translation>Pulihkan ke</translation>
    </message>
    <message>
        <source>Amanah workspaces (*.amanah *.db)</source>
        <translation>Ruang kerja Amanah (*.amanah *.db)</translation>
    </message>
    <message numerus="yes">
        <source>Made %1 (schema %2, audit trail up to entry %3); %n erasure(s) inside.</source>
        <translation>
            <numerusform>Dibuat %1 (skema %2, jejak audit hingga entri %3); berisi %n penghapusan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-restored.amanah</source>
        <translation>%1-dipulihkan.amanah</translation>
    </message>
    <message>
        <source>Choose the backup and the file to restore into.</source>
        <translation>Pilih cadangan dan berkas tujuan pemulihan.</translation>
    </message>
    <message>
        <source>Sign in to the backup as one of its administrators: user name and password.</source>
        <translation>Masuk ke cadangan sebagai salah satu administratornya: nama pengguna dan kata sandi.</translation>
    </message>
    <message>
        <source>Restoring and making the later erasures again…</source>
        <translation>Memulihkan dan mengulangi penghapusan yang terjadi sesudahnya…</translation>
    </message>
    <message>
        <source>Restored into %1. The ledger held %2 erasure(s): %3 customer(s) deleted again, %4 anonymised again, %5 recorded for customers the backup never had.</source>
        <translation>Dipulihkan ke %1. Buku catatan berisi %2 penghapusan: %3 pelanggan dihapus lagi, %4 dianonimkan lagi, %5 dicatat untuk pelanggan yang tidak pernah ada di cadangan.</translation>
    </message>
    <message>
        <source>Backup Restored</source>
        <translation>Cadangan Dipulihkan</translation>
    </message>
    <message>
        <source>Open it now?</source>
        <translation>Buka sekarang?</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Pulihkan Cadangan</translation>
    </message>
    <message>
        <source>The backup is restored into a new workspace file. Every erasure and retention deletion recorded in the erasure ledger after the backup is made again, and audited, before the workspace can be opened: no erased customer comes back.</source>
        <translation>Cadangan dipulihkan ke berkas ruang kerja baru. Setiap penghapusan dan penghapusan retensi yang tercatat di buku catatan penghapusan setelah cadangan dibuat diulangi, dan diaudit, sebelum ruang kerja dapat dibuka: tidak ada pelanggan terhapus yang muncul kembali.</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Cadangan:</translation>
    </message>
    <message>
        <source>Erasure &amp;ledger:</source>
        <translation>&amp;Buku catatan penghapusan:</translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation>Pulihkan &amp;ke:</translation>
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
        <source>Two-factor &amp;code:</source>
        <translation>&amp;Kode dua faktor:</translation>
    </message>
    <message>
        <source>Only if two-factor sign-in is on</source>
        <translation>Hanya jika masuk dua faktor aktif</translation>
    </message>
    <message>
        <source>As it was when the backup was made</source>
        <translation>Seperti saat cadangan dibuat</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
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
        <source>Apply Retention Run</source>
        <translation>Terapkan Proses Retensi</translation>
    </message>
    <message>
        <source>Customers due under the rules are deleted or anonymised now, in batches, and held records whose hold has ended are destroyed. This cannot be undone. Say why, for the audit trail.</source>
        <translation>Pelanggan yang telah jatuh tenggat menurut aturan dihapus atau dianonimkan sekarang, secara bertahap per kelompok, dan catatan yang ditahan yang masa penahanannya telah berakhir dimusnahkan. Tindakan ini tidak dapat dibatalkan. Sebutkan alasannya untuk jejak audit.</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Membatalkan setelah kelompok saat ini…</translation>
    </message>
    <message>
        <source>Applying the retention run…</source>
        <translation>Menerapkan proses retensi…</translation>
    </message>
    <message>
        <source>Finding what is due…</source>
        <translation>Mencari data yang telah jatuh tenggat…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Pratinjau dibatalkan.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>scope, period: action</comment>
        <translation>%1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due now.</source>
        <translation>Tidak ada yang jatuh tenggat saat ini.</translation>
    </message>
    <message>
        <source>Due now: %1 customer(s) to delete, %2 to anonymise, %3 held record(s) to destroy. Check the list, then Apply.</source>
        <translation>Jatuh tenggat sekarang: %1 pelanggan untuk dihapus, %2 untuk dianonimkan, %3 catatan yang ditahan untuk dimusnahkan. Periksa daftarnya, lalu Terapkan.</translation>
    </message>
    <message>
        <source>First customers (ids): %1%2</source>
        <translation>Pelanggan pertama (id): %1%2</translation>
    </message>
    <message>
        <source>%1 customer(s) deleted, %2 anonymised, %3 held record(s) destroyed; %4 of %5 batch(es) done.</source>
        <translation>%1 pelanggan dihapus, %2 dianonimkan, %3 catatan yang ditahan dimusnahkan; %4 dari %5 kelompok selesai.</translation>
    </message>
    <message>
        <source>Cancelled: %1 The rest was left untouched.</source>
        <translation>Dibatalkan: %1 Sisanya tidak diubah.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Selesai: %1</translation>
    </message>
    <message>
        <source>How long data is kept: each rule counts a period from a trigger, then deletes or anonymises. A customer exactly at the end of the period is due.</source>
        <translation>Berapa lama data disimpan: setiap aturan menghitung suatu masa sejak pemicunya, lalu menghapus atau menganonimkan. Pelanggan yang tepat berada di akhir masa tersebut sudah jatuh tenggat.</translation>
    </message>
    <message>
        <source>Retention run: preview what is due now, then apply it with a justification.</source>
        <translation>Proses retensi: pratinjau apa yang jatuh tenggat sekarang, lalu terapkan dengan justifikasi.</translation>
    </message>
    <message>
        <source>&amp;New Rule…</source>
        <translation>Aturan &amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>&amp;Preview Run</source>
        <translation>&amp;Pratinjau Proses</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Terapkan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Consent events</source>
        <translation>Peristiwa persetujuan</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Pengungkapan</translation>
    </message>
    <message>
        <source>Held records</source>
        <translation>Catatan yang ditahan</translation>
    </message>
</context>
<context>
    <name>RetentionRuleDialog</name>
    <message>
        <source>New Retention Rule</source>
        <translation>Aturan Retensi Baru</translation>
    </message>
    <message>
        <source>Edit Retention Rule</source>
        <translation>Ubah Aturan Retensi</translation>
    </message>
    <message>
        <source>Applies &amp;to:</source>
        <translation>&amp;Berlaku untuk:</translation>
    </message>
    <message>
        <source>&amp;Period (days):</source>
        <translation>&amp;Masa (hari):</translation>
    </message>
    <message>
        <source>Counted &amp;from:</source>
        <translation>Dihitung &amp;sejak:</translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation>&amp;Kemudian:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Dasar hukum:</translation>
    </message>
    <message>
        <source>Data &amp;category</source>
        <translation>&amp;Kategori data</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>T&amp;ujuan</translation>
    </message>
    <message>
        <source>e.g. customer_record, or invoices for a legal hold</source>
        <translation>mis. customer_record, atau invoices untuk penahanan hukum</translation>
    </message>
    <message>
        <source>e.g. UU KUP Ps 28(11): 10 years (optional)</source>
        <translation>mis. UU KUP Ps 28(11): 10 tahun (opsional)</translation>
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
    <name>RetentionRulesModel</name>
    <message>
        <source>Purpose: %1</source>
        <translation>Tujuan: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategori: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Berlaku untuk</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Dihitung sejak</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Kemudian</translation>
    </message>
    <message>
        <source>Legal basis / hold</source>
        <translation>Dasar hukum / penahanan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RetentionRun</name>
    <message numerus="yes">
        <source>No activity for %n day(s) or more (last activity on or before %1)</source>
        <translation>
            <numerusform>Tidak ada aktivitas selama %n hari atau lebih (aktivitas terakhir pada atau sebelum %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consent withdrawn %n day(s) ago or more (on or before %1)</source>
        <translation>
            <numerusform>Persetujuan ditarik %n hari yang lalu atau lebih (pada atau sebelum %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Account closed %n day(s) ago or more (on or before %1)</source>
        <translation>
            <numerusform>Akun ditutup %n hari yang lalu atau lebih (pada atau sebelum %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Legal hold ended %n day(s) ago or more</source>
        <translation>
            <numerusform>Penahanan hukum berakhir %n hari yang lalu atau lebih</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Pratinjau dibatalkan.</translation>
    </message>
    <message>
        <source>Say why this retention run is applied (at least %1 characters).</source>
        <translation>Sebutkan alasan proses retensi ini diterapkan (sedikitnya %1 karakter).</translation>
    </message>
    <message>
        <source>The retention run deleted data, but copies of it may remain in the workspace&apos;s log. %1 Close other Amanah windows and jobs on this workspace and apply the retention run again to finish.</source>
        <translation>Proses retensi telah menghapus data, tetapi salinannya mungkin masih tersisa di log ruang kerja. %1 Tutup jendela dan tugas Amanah lain pada ruang kerja ini, lalu terapkan proses retensi sekali lagi untuk menyelesaikannya.</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>Someone else changed this retention rule since you opened it. Nothing was overwritten: reload it and make your change again.</source>
        <translation>Orang lain telah mengubah aturan retensi ini sejak Anda membukanya. Tidak ada yang ditimpa: muat ulang, lalu lakukan perubahan Anda lagi.</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Aktivitas terakhir</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Persetujuan ditarik</translation>
    </message>
    <message>
        <source>Account closed</source>
        <translation>Akun ditutup</translation>
    </message>
    <message>
        <source>Legal hold ended</source>
        <translation>Penahanan hukum berakhir</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimkan</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>retention action</comment>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>A retention rule covers either a data category or a purpose.</source>
        <translation>Aturan retensi mencakup kategori data atau tujuan pemrosesan, salah satunya saja.</translation>
    </message>
    <message>
        <source>A data category is 1 to 40 lower-case letters, digits, _ or -, e.g. customer_record.</source>
        <translation>Kategori data terdiri atas 1 hingga 40 huruf kecil, angka, _ atau -, mis. customer_record.</translation>
    </message>
    <message>
        <source>The retention period is 1 to %1 days.</source>
        <translation>Masa retensi adalah 1 hingga %1 hari.</translation>
    </message>
    <message>
        <source>A rule triggered by the end of a legal hold names the hold&apos;s category (e.g. invoices) and deletes.</source>
        <translation>Aturan yang dipicu oleh berakhirnya penahanan hukum menyebutkan kategori penahanan tersebut (mis. invoices) dan tindakannya adalah menghapus.</translation>
    </message>
    <message>
        <source>The legal hold basis is at most 500 characters.</source>
        <translation>Dasar penahanan hukum paling banyak 500 karakter.</translation>
    </message>
    <message>
        <source>The chosen purpose does not exist.</source>
        <translation>Tujuan pemrosesan yang dipilih tidak ada.</translation>
    </message>
    <message>
        <source>There is no such retention rule.</source>
        <translation>Aturan retensi tersebut tidak ditemukan.</translation>
    </message>
    <message>
        <source>Say why the account is closed.</source>
        <translation>Sebutkan alasan akun ditutup.</translation>
    </message>
    <message>
        <source>There is no such customer.</source>
        <translation>Pelanggan tersebut tidak ditemukan.</translation>
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
        <source>&amp;Recipients</source>
        <translation>&amp;Penerima</translation>
    </message>
    <message>
        <source>&amp;Data inventory</source>
        <translation>&amp;Inventaris data</translation>
    </message>
    <message>
        <source>&amp;New Recipient…</source>
        <translation>Penerima &amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Import Disclosures (CSV)…</source>
        <translation>&amp;Impor Pengungkapan (CSV)…</translation>
    </message>
    <message>
        <source>A CSV file with the columns customer_ref or email, recipient, purpose, date and categories</source>
        <translation>Berkas CSV dengan kolom customer_ref atau email, recipient, purpose, date, dan categories</translation>
    </message>
    <message>
        <source>Personal field</source>
        <translation>Isian data pribadi</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Kategori data</translation>
    </message>
    <message>
        <source>Used by purposes</source>
        <translation>Digunakan oleh tujuan</translation>
    </message>
    <message>
        <source>Minimisation</source>
        <translation>Minimalisasi</translation>
    </message>
    <message>
        <source>Minimisation problems:</source>
        <translation>Masalah minimalisasi:</translation>
    </message>
    <message>
        <source>Export Record of Processing (&amp;CSV)…</source>
        <translation>Ekspor Catatan Kegiatan Pemrosesan (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Export Record of Processing (&amp;PDF)…</source>
        <translation>Ekspor Catatan Kegiatan Pemrosesan (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Draft Privacy &amp;Notice…</source>
        <translation>Draf &amp;Pemberitahuan Privasi…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Not used by any purpose</source>
        <translation>Tidak digunakan oleh tujuan mana pun</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Digunakan</translation>
    </message>
    <message>
        <source>Purposes also name categories Amanah does not store: %1.</source>
        <translation>Tujuan pemrosesan juga menyebutkan kategori yang tidak disimpan oleh Amanah: %1.</translation>
    </message>
    <message>
        <source>None: every field is used and every purpose has a retention period.</source>
        <translation>Tidak ada: setiap isian digunakan dan setiap tujuan pemrosesan memiliki masa retensi.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Berkas %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Import Disclosures</source>
        <translation>Impor Pengungkapan</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Berkas CSV (*.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Berkas %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Checking and importing disclosures…</source>
        <translation>Memeriksa dan mengimpor pengungkapan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Disclosures Not Imported</source>
        <translation>Pengungkapan Tidak Diimpor</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) need correcting first.</source>
        <translation>
            <numerusform>Tidak ada yang diimpor: %n baris perlu diperbaiki terlebih dahulu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s) imported.</source>
        <translation>
            <numerusform>%n pengungkapan telah diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record of Processing (CSV)</source>
        <translation>Catatan Kegiatan Pemrosesan (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Disimpan: %1.</translation>
    </message>
    <message>
        <source>Record of Processing (PDF)</source>
        <translation>Catatan Kegiatan Pemrosesan (PDF)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Record of processing activities</source>
        <translation>Catatan kegiatan pemrosesan</translation>
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
    <message>
        <source>Controller &amp;Details…</source>
        <translation>&amp;Detail Pengendali Data…</translation>
    </message>
    <message>
        <source>The name and contact printed on privacy notices, records of processing and consent receipts</source>
        <translation>Nama dan kontak yang dicetak pada pemberitahuan privasi, catatan kegiatan pemrosesan, dan tanda terima persetujuan</translation>
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
    <message>
        <source>There is no recipient named %1.</source>
        <translation>Tidak ada penerima bernama %1.</translation>
    </message>
    <message>
        <source>  erasure status --user U --request ID
                  an erasure request&apos;s record, one &quot;key: value&quot; line each: state,
                  prepared, approved, executed (user and UTC time), destroyed (category
                  codes), one &quot;hold:&quot; line per held record (category, until, basis) and
                  one &quot;recipient:&quot; line per recipient to notify (notified, confirmed,
                  overdue); no personal data
  erasure certificate --user U --request ID --out FILE
                  write the certificate of an executed erasure (PDF, workspace
                  language); prints &quot;SHA-256  file&quot;
</source>
        <translation>  erasure status --user U --request ID
                  catatan permintaan penghapusan, masing-masing satu baris &quot;key: value&quot;: state,
                  prepared, approved, executed (pengguna dan waktu UTC), destroyed (kode
                  kategori), satu baris &quot;hold:&quot; per catatan yang ditahan (kategori, hingga, dasar hukum)
                  dan satu baris &quot;recipient:&quot; per penerima yang harus diberi tahu (notified, confirmed,
                  overdue); tanpa data pribadi
  erasure certificate --user U --request ID --out FILE
                  menulis sertifikat penghapusan yang telah dilaksanakan (PDF, dalam bahasa
                  ruang kerja); mencetak &quot;SHA-256  berkas&quot;
</translation>
    </message>
    <message>
        <source>erasure certificate needs --request ID and --out FILE.</source>
        <translation>erasure certificate memerlukan --request ID dan --out FILE.</translation>
    </message>
    <message>
        <source>erasure status needs --request ID.</source>
        <translation>erasure status memerlukan --request ID.</translation>
    </message>
    <message>
        <source>  report --user U --from DATE --to DATE --format pdf|csv --lang en|id --out PATH
                  a compliance report of the period (YYYY-MM-DD, both included, in the
                  workspace&apos;s time zone): a PDF file, or a folder of CSV files; the
                  audit chain is verified for it; prints the files written; exit 10
                  when the chain is broken (the report is written and says so)
</source>
        <translation>  report --user U --from DATE --to DATE --format pdf|csv --lang en|id --out PATH
                  laporan kepatuhan untuk periode tersebut (YYYY-MM-DD, keduanya termasuk, dalam
                  zona waktu ruang kerja): berkas PDF, atau folder berisi berkas CSV; rantai
                  audit diverifikasi untuk laporan ini; mencetak berkas yang ditulis; kode keluar 10
                  bila rantai rusak (laporan tetap ditulis dan menyebutkan hal tersebut)
</translation>
    </message>
    <message>
        <source>report takes no argument %1.</source>
        <translation>report tidak menerima argumen %1.</translation>
    </message>
    <message>
        <source>report needs --from DATE, --to DATE, --format pdf|csv and --out PATH.</source>
        <translation>report memerlukan --from DATE, --to DATE, --format pdf|csv, dan --out PATH.</translation>
    </message>
    <message>
        <source>--from and --to need dates like 2026-01-31.</source>
        <translation>--from dan --to memerlukan tanggal seperti 2026-01-31.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from tidak boleh setelah --to.</translation>
    </message>
    <message>
        <source>--format must be pdf or csv.</source>
        <translation>--format harus pdf atau csv.</translation>
    </message>
    <message>
        <source>--lang must be en or id.</source>
        <translation>--lang harus en atau id.</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2</source>
        <translation>Rantai audit rusak pada entri %1: %2</translation>
    </message>
    <message>
        <source>  retention run --user U --dry-run
                  what a retention run would do now, per active rule (tab-separated:
                  rule id, scope, trigger, period in days, action, customers, consent
                  events, disclosures, held records) and in total; changes nothing
  retention run --user U --apply --justification TEXT [--batch N]
                  delete or anonymise what is due, in batches of N customers (default
                  500, each batch atomic), destroy held records whose hold has ended;
                  audited as retention.run with the justification (officers only)
</source>
        <translation>  retention run --user U --dry-run
                  apa yang akan dilakukan proses retensi saat ini, per aturan aktif (dipisahkan
                  tab: id aturan, cakupan, pemicu, masa dalam hari, tindakan, pelanggan, peristiwa
                  persetujuan, pengungkapan, catatan yang ditahan) dan totalnya; tidak mengubah apa pun
  retention run --user U --apply --justification TEXT [--batch N]
                  menghapus atau menganonimkan data yang jatuh tenggat, per kelompok N pelanggan
                  (bawaan 500, setiap kelompok atomik), memusnahkan catatan yang ditahan yang masa penahanannya
                  telah berakhir; diaudit sebagai retention.run beserta justifikasinya (khusus petugas privasi)
</translation>
    </message>
    <message>
        <source>retention needs a subcommand: run.</source>
        <translation>retention memerlukan subperintah: run.</translation>
    </message>
    <message>
        <source>Unknown retention subcommand %1: use run.</source>
        <translation>Subperintah retention %1 tidak dikenal: gunakan run.</translation>
    </message>
    <message>
        <source>retention run takes no argument %1.</source>
        <translation>retention run tidak menerima argumen %1.</translation>
    </message>
    <message>
        <source>retention run needs either --dry-run or --apply.</source>
        <translation>retention run memerlukan --dry-run atau --apply.</translation>
    </message>
    <message>
        <source>retention run --apply needs --justification TEXT.</source>
        <translation>retention run --apply memerlukan --justification TEXT.</translation>
    </message>
    <message>
        <source>--batch needs a number from 1 to 100000.</source>
        <translation>--batch memerlukan angka dari 1 hingga 100000.</translation>
    </message>
    <message>
        <source>  backup --user U [--out FILE | --dir FOLDER]
                  an online, consistent backup of an SQLite workspace while others work
                  (default: a new file in &quot;backups&quot; beside the workspace), with its
                  manifest and the erasure ledger beside it; prints the file (admins)
  backup list --user U
                  the backups of this workspace, newest first (tab-separated: file,
                  created, age in days, schema, audit head, erasures, kept|due), those
                  older than the keep-days setting marked due for deletion
  backup keep-days --user U DAYS
                  after how many days a backup is due for deletion (default 35)
  backup ledger --user U --dir FOLDER
                  write the erasure ledger into FOLDER and keep it current there after
                  every erasure: beside pg_dump backups of a PostgreSQL workspace
  restore BACKUP --into FILE --user U [--ledger LEDGER] [--replace]
                  restore a backup into a new workspace file (or replace FILE when no
                  program has it open); every erasure and retention deletion in the
                  ledger (default: the one beside the backup) is made again, audited,
                  before the workspace is put in place. Without the ledger: refused.
                  U signs in to the backup as it was (an administrator then)
  restore --ledger LEDGER --user U
                  after pg_restore into a new PostgreSQL workspace (--workspace): make
                  every erasure in the ledger again, before anyone works in it
</source>
        <translation>  backup --user U [--out FILE | --dir FOLDER]
                  cadangan daring yang konsisten dari ruang kerja SQLite sementara
                  pengguna lain bekerja (bawaan: berkas baru di &quot;backups&quot; di sebelah
                  ruang kerja), dengan manifesnya dan buku catatan penghapusan di
                  sebelahnya; mencetak nama berkas (admin)
  backup list --user U
                  cadangan ruang kerja ini, terbaru lebih dulu (dipisah tab: berkas,
                  dibuat, umur dalam hari, skema, ujung audit, penghapusan, kept|due);
                  yang lebih tua dari pengaturan keep-days ditandai perlu dihapus
  backup keep-days --user U DAYS
                  setelah berapa hari cadangan perlu dihapus (bawaan 35)
  backup ledger --user U --dir FOLDER
                  tulis buku catatan penghapusan ke FOLDER dan perbarui di sana setelah
                  setiap penghapusan: di sebelah cadangan pg_dump ruang kerja PostgreSQL
  restore BACKUP --into FILE --user U [--ledger LEDGER] [--replace]
                  pulihkan cadangan ke berkas ruang kerja baru (atau gantikan FILE bila
                  tidak ada program yang membukanya); setiap penghapusan dan penghapusan
                  retensi di buku catatan (bawaan: yang di sebelah cadangan) diulangi,
                  diaudit, sebelum ruang kerja dipasang. Tanpa buku catatan: ditolak.
                  U masuk ke cadangan seperti keadaannya saat itu (administrator saat itu)
  restore --ledger LEDGER --user U
                  setelah pg_restore ke ruang kerja PostgreSQL baru (--workspace):
                  ulangi setiap penghapusan di buku catatan, sebelum siapa pun bekerja
</translation>
    </message>
    <message>
        <source>Unknown backup subcommand %1: use list or keep-days, or none to back up.</source>
        <translation>Subperintah backup %1 tidak dikenal: gunakan list atau keep-days, atau tanpa subperintah untuk mencadangkan.</translation>
    </message>
    <message>
        <source>backup takes --out FILE or --dir FOLDER, not both.</source>
        <translation>backup menerima --out FILE atau --dir FOLDER, tidak keduanya.</translation>
    </message>
    <message>
        <source>Backed up: schema %1, audit head %2, %3 erasures in the ledger, %4 bytes.</source>
        <translation>Dicadangkan: skema %1, ujung audit %2, %3 penghapusan di buku catatan, %4 bita.</translation>
    </message>
    <message>
        <source>backup list takes no argument %1.</source>
        <translation>backup list tidak menerima argumen %1.</translation>
    </message>
    <message>
        <source>backup keep-days needs a number of days.</source>
        <translation>backup keep-days memerlukan jumlah hari.</translation>
    </message>
    <message>
        <source>backup ledger needs --dir FOLDER.</source>
        <translation>backup ledger memerlukan --dir FOLDER.</translation>
    </message>
    <message>
        <source>restore needs one backup file.</source>
        <translation>restore memerlukan satu berkas cadangan.</translation>
    </message>
    <message>
        <source>restore needs --into FILE, the workspace file to restore into.</source>
        <translation>restore memerlukan --into FILE, berkas ruang kerja tujuan pemulihan.</translation>
    </message>
    <message>
        <source>  customer find --user U (--email E | --phone P | --ref R | --name TEXT)
                  customers by exact email, phone (E.164), reference, or any part of
                  the name; prints id, reference, name, email, phone, status
                  (control characters as \u001B; a damaged record is named and exits 11)
  consent receipt --user U --customer ID [--html LANG]
                  the customer&apos;s Kantara v1.1 consent receipt as JSON (or HTML en|id)
  audience export --user U --purpose CODE --out FILE [--recipient NAME]
                  CSV of exactly the customers the purpose may use now (audited);
                  naming a recipient records a disclosure to it for each customer;
                  damaged customers are left out and named, and it exits 11
  import customers FILE --user U [--good-rows-only] [--dry-run]
                  import customers and consents from CSV; lists every bad row
</source>
        <translation>  customer find --user U (--email E | --phone P | --ref R | --name TEXT)
                  mencari pelanggan menurut email, telepon (E.164), atau referensi yang persis sama,
                  atau bagian mana pun dari nama; mencetak id, referensi, nama, email, telepon, status
                  (karakter kontrol ditulis sebagai \u001B; catatan yang rusak disebutkan dan keluar dengan 11)
  consent receipt --user U --customer ID [--html LANG]
                  tanda terima persetujuan Kantara v1.1 milik pelanggan sebagai JSON (atau HTML en|id)
  audience export --user U --purpose CODE --out FILE [--recipient NAME]
                  CSV berisi tepat pelanggan yang saat ini boleh digunakan untuk tujuan tersebut (diaudit);
                  jika penerima disebutkan, pengungkapan kepadanya dicatat untuk setiap pelanggan;
                  pelanggan yang rusak dilewati dan disebutkan, lalu keluar dengan 11
  import customers FILE --user U [--good-rows-only] [--dry-run]
                  mengimpor pelanggan dan persetujuan dari CSV; mencantumkan setiap baris yang salah
</translation>
    </message>
    <message>
        <source>customer %1: damaged record, cannot be decrypted.</source>
        <translation>pelanggan %1: catatan rusak, tidak dapat didekripsi.</translation>
    </message>
    <message>
        <source>customer %1: damaged record, cannot be decrypted; left out.</source>
        <translation>pelanggan %1: catatan rusak, tidak dapat didekripsi; dilewati.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) left out because their data is damaged; everyone else was written.</source>
        <translation>
            <numerusform>%n pelanggan dilewati karena datanya rusak; semua pelanggan lainnya telah ditulis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to %1.</source>
        <translation>
            <numerusform>%n pelanggan diekspor ke %1.</numerusform>
        </translation>
    </message>
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
 15 workspace busy (close other programs on it and run the command again)
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
 15 ruang kerja sibuk (tutup program lain yang memakainya lalu jalankan perintah lagi)
</translation>
    </message>
    <message>
        <source>  erasure prepare --user U --request ID
                  prepare an approved erasure request; a second officer executes it
  erasure execute --user U --request ID --justification TEXT --reference REF
                  erase the customer for good (REF: the customer reference typed again).
                  Exit 15 when another program still reads the workspace: the data is
                  deleted but the request stays approved; close it and run this again
</source>
        <translation>  erasure prepare --user U --request ID
                  menyiapkan permintaan penghapusan yang disetujui; petugas kedua melaksanakannya
  erasure execute --user U --request ID --justification TEXT --reference REF
                  menghapus pelanggan secara permanen (REF: referensi pelanggan diketik ulang).
                  Kode keluar 15 bila program lain masih membaca ruang kerja: data sudah
                  dihapus tetapi permintaan tetap disetujui; tutup program itu lalu jalankan lagi
</translation>
    </message>
    <message>
        <source>erasure needs a subcommand: prepare, execute, status or certificate.</source>
        <translation>erasure memerlukan subperintah: prepare, execute, status, atau certificate.</translation>
    </message>
    <message>
        <source>Unknown erasure subcommand %1: use prepare, execute, status or certificate.</source>
        <translation>Subperintah erasure %1 tidak dikenal: gunakan prepare, execute, status, atau certificate.</translation>
    </message>
    <message>
        <source>erasure execute needs --request ID, --justification TEXT and --reference REF.</source>
        <translation>erasure execute memerlukan --request ID, --justification TEXT, dan --reference REF.</translation>
    </message>
    <message>
        <source>erasure prepare needs --request ID.</source>
        <translation>erasure prepare memerlukan --request ID.</translation>
    </message>
</context>
</TS>
