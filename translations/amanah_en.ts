<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Amanah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanah helps an online shop&apos;s staff look after their customers&apos; personal data with care: it records consent and its history, handles requests to access, correct or erase data within their legal deadlines, keeps every personal field encrypted at rest and keeps a tamper-evident audit trail of every change. &quot;Amanah&quot; means a trust to be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanah:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Botan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanah version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Botan version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database server version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessPackage</name>
    <message>
        <source>Request %1 is not an access request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the request to a customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved request can be answered; this one is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF renderer was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>Your current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code does not match. Check the time on your phone and enter the current code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace requires two-factor sign-in for every account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without two-factor sign-in your password needs at least %1 characters. Change it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 32 characters: a-z, 0-9, dot, dash, underscore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One-time password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the one-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this password to the new user in person. They must replace it with their own at their first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>First Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator adds the other staff accounts. Choose a long password: it protects every customer&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the workspace&apos;s keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the workspace&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerLetterDialog</name>
    <message>
        <source>The letter is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Answer as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handled by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceExportDialog</name>
    <message>
        <source>Export Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) who may be contacted for “%1” were written to %2.

The export was recorded in the audit trail with its purpose and count.</source>
        <translation>
            <numerusform>%n customer who may be contacted for “%1” was written to %2.

The export was recorded in the audit trail with its purpose and count.</numerusform>
            <numerusform>%n customers who may be contacted for “%1” were written to %2.

The export was recorded in the audit trail with its purpose and count.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only customers whose data may be used for the purpose now are exported: a current consent that is not stale (for purposes on consent), no restriction, no objection that applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written and nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) who may be contacted for “%1” were written to %2 for %3.

The export was recorded in the audit trail with its purpose and count, and a disclosure to %3 in each customer&apos;s record.</source>
        <translation>
            <numerusform>%n customer who may be contacted for “%1” was written to %2 for %3.

The export was recorded in the audit trail with its purpose and count, and a disclosure to %3 in each customer&apos;s record.</numerusform>
            <numerusform>%n customers who may be contacted for “%1” were written to %2 for %3.

The export was recorded in the audit trail with its purpose and count, and a disclosure to %3 in each customer&apos;s record.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient (for our own use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who receives the file. A disclosure to the recipient is then recorded in the record of every exported customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) were left out because their records are damaged and cannot be decrypted:
%1</source>
        <translation>
            <numerusform>%n customer was left out because their record is damaged and cannot be decrypted:
%1</numerusform>
            <numerusform>%n customers were left out because their records are damaged and cannot be decrypted:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit trail cannot be written while the workspace is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail cannot be verified while the workspace is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is missing: the trail jumps from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry was removed, reordered or inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was altered: its content does not match its MAC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail ends at entry %1, but the checkpoint names entry %2: entries from %3 on were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not match the checkpoint: the trail was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checkpoint is a sequence number and a 64-digit MAC, like 1024:3fa2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file “%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq</source>
        <comment>audit entry sequence number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <comment>who did it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <comment>what it was done to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrailPage</name>
    <message>
        <source>Audit trail</source>
        <comment>page title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <comment>who did it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <comment>date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <comment>date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. customer. or customer.rectify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <comment>no date limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the whole chain and name the first entry that was altered, removed, reordered or inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the entries shown (filters and dates) as CSV or JSON with the chain head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <comment>who did it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <comment>what it was done to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact up to entry %1. Head: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries were written to %1.
Chain head at export: %2</source>
        <translation>
            <numerusform>%n entry was written to %1.
Chain head at export: %2</numerusform>
            <numerusform>%n entries were written to %1.
Chain head at export: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthWorker</name>
    <message>
        <source>Sign in with your password first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>This workspace has not been set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters: letters a-z, digits, dot, dash or underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the workspace a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key resets administrators&apos; passwords only. Ask an administrator to reset other accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the six-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code was already used. Wait for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is wrong or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Folder for Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up… Others can go on working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1 (%2). The erasure ledger was written beside it: keep the two together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure ledger was written to %1 and is kept current there after every erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due for deletion (%n days old)</source>
        <translation>
            <numerusform>Due for deletion (%n day old)</numerusform>
            <numerusform>Due for deletion (%n days old)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept (%n days old)</source>
        <translation>
            <numerusform>Kept (%n day old)</numerusform>
            <numerusform>Kept (%n days old)</numerusform>
        </translation>
    </message>
    <message>
        <source>Back Up Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL workspace is backed up with pg_dump (see the README). Keep the erasure ledger beside the dumps: after pg_restore, “amanahctl restore --ledger” makes every later erasure again before anyone works in the restored workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is a consistent copy of the workspace, encrypted as the workspace is, taken while others go on working. The erasure ledger is written beside it: restoring the backup makes every later erasure again before anyone can work in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep backups for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Erasure Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>“%1” is not an Amanah backup, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL workspace is backed up with pg_dump (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup’s manifest could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>A PostgreSQL workspace is backed up with pg_dump (see the README); Amanah backs up SQLite workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be moved to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep backups between 1 and 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an Amanah backup: it has no manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer Amanah.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has a one-time password. Choose your own password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One-time password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ropa needs the subcommand export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ropa export needs --format csv or pdf and --out FILE; --language is id or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Enter the name of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PostgreSQL connection string. To open a workspace file, use File &gt; Open Workspace File.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team shares one workspace on a PostgreSQL server. Enter a connection string, or fill in the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection string:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database</source>
        <comment>placeholder: translate only user, host and database</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example postgresql://user@db.example.com:5432/amanah or host=db.example.com dbname=amanah user=me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Consent</source>
        <comment>page title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notice versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Purpose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish New Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grant needs re-consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grant(s) were given under an older notice than a material version in effect and need re-consent (Customers page: “Needs re-consent”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice Version Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentService</name>
    <message>
        <source>There is no purpose %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence is too long (at most 2,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent cannot be recorded for a moment in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose is no longer active; consent cannot be given for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer&apos;s data was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such notice version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose is no longer active; there is no audience to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such recipient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControllerDialog</name>
    <message>
        <source>Controller Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact person or office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy &amp;notice address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://shop.example/privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControllerService</name>
    <message>
        <source>Give the controller&apos;s name (the shop or company).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each detail is at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The encryption key is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted data could not be authenticated. The key is wrong, or the data was altered or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted data is too short. It may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted data has an unknown format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid base32. Use only the letters A to Z and the digits 2 to 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 self-test failed. Encryption is not safe to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s data key is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation settings are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The salt is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be hashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace identifier is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation must use at least 8 MiB of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot asks for key derivation settings that are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key has %1 letters and digits; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key is not valid. It uses only the letters A to Z and the digits 2 to 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key is not correct for this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer identifier is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s data key could not be opened. It is damaged or belongs to another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s data key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerAnonymiser</name>
    <message>
        <source>An anonymisation must run inside a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such customer (already erased?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerImporter</name>
    <message>
        <source>Map a column to the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active purpose %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate email: the same address is on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate customer reference: the same reference is on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate email: a customer with this address is already in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer with this reference is already in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has %1 columns; the file has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent date is not a past date (YYYY-MM-DD or ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no notice version with this label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent column holds neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerRecordDialog</name>
    <message>
        <source>Restrict Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While processing is restricted, the customer&apos;s data is only stored: no purpose may use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s data may be used again for its purposes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection stops marketing and processing on legitimate interest or public task for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection no longer applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent Receipt (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent Receipt (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: needs re-consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — may use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lift Restriction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;strict Processing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift O&amp;bjection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record O&amp;bjection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 withdrew consent for “%2” (%3)? It takes effect at once: audience exports stop including the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct &amp;Field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent event recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal via:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent Receipt (&amp;JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent Receipt (&amp;PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Disclos&amp;ure…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>Another customer already has this customer reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is not valid (give it with its country code, e.g. +62 812 3456 7890).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer&apos;s jurisdiction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer&apos;s data was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by %2, %3 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this customer since you opened the record. Nothing was overwritten: reload the record to see the changes, then correct it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the field is corrected (at least a few words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the birth date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why (at least a few words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <comment>where a customer&apos;s data came from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains a control character (%2), which is not allowed. Remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerShredder</name>
    <message>
        <source>Customer record and personal fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s data key is missing; nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An erasure must run inside a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such customer (already erased?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <comment>page title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (any part), email, phone or customer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <comment>any status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <comment>any jurisdiction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any consent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted, current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted (stale or not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs re-consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience &amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the customers who may be contacted for a purpose, as CSV for a mailing tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name search is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name index: building %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by email</source>
        <comment>found by</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by phone</source>
        <comment>found by</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by customer reference</source>
        <comment>found by</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by name</source>
        <comment>found by</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching names… the name index is still being built; results follow when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found %2; showing the first %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found %1.</source>
        <translation>
            <numerusform>%n found %1.</numerusform>
            <numerusform>%n found %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 customers</source>
        <comment>count</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersTableModel</name>
    <message>
        <source>Active</source>
        <comment>customer status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <comment>customer status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <comment>customer status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, objected</source>
        <comment>customer status, objection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <comment>external customer reference</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(personal data erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer&apos;s encrypted data failed its integrity check, so none of it can be shown (customer id %1). Restore the workspace from a backup or tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged record — cannot be decrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <comment>customer record that cannot be decrypted</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <comment>page title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the figures of the period again (the audit trail is verified too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale consents (older notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasures done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of %1 to %2, as of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requests answered in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint: entry %1, MAC %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests by type and state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% answered within the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within the deadline per month (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to answer per type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given and withdrawn per purpose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataInventory</name>
    <message>
        <source>No purpose uses the field “%1” (category %2): stop collecting it, or name the category in the purpose that needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose “%1” has no retention period: set how long its data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt database driver %1 is not installed (Debian: libqt6sql6-%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged or is not an Amanah workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not an Amanah workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of Amanah (schema %1; this version knows up to %2). Install the newer Amanah to open it; the workspace was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the workspace to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace file at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an Amanah workspace (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file “%1” is read-only. Amanah needs to write to it and to its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the user name or password for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server has no database “%1”. Ask its administrator to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server for “%1” could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file “%1” cannot be created or written here. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction was already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was undone because one of its steps failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program (%1) still reads an older copy of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s log could not be emptied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program still reads an older copy of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Unknown jurisdiction “%1”: use GDPR, UU_PDP, CCPA or LGPD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law does not allow this request&apos;s deadline to be extended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo privacy notice, version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureService</name>
    <message>
        <source>There is no such customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a recipient from the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the purpose of the disclosure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the disclosure (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of a disclosure cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one data category that was disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header line naming its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header must name the columns customer_ref or email, recipient, purpose, date and categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has this reference or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several customers have this email: use the customer reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient is not in the register (the name must match exactly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no purpose with this code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>PDF documents need the graphical application to be running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Web checkbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>consent channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <comment>consent channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>request state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <comment>disclosure source</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV import</source>
        <comment>disclosure source</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience export</source>
        <comment>disclosure source</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureCertificate</name>
    <message>
        <source>A certificate exists only once the erasure is executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF renderer was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureConfirmDialog</name>
    <message>
        <source>&amp;Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase Permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Erasure of Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Why this erasure is justified (at least %n characters)</source>
        <translation>
            <numerusform>Why this erasure is justified (at least %n character)</numerusform>
            <numerusform>Why this erasure is justified (at least %n characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by %1 on %2. You confirm as the second person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not prepared yet: someone must prepare this erasure first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the customer &amp;reference %1 again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s data was already deleted, but the erasure is not finished: its data key may remain in the workspace&apos;s log while another program reads the workspace. Close other Amanah windows and jobs on this workspace, then finish the erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the customer &amp;reference again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish Erasure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureLedger</name>
    <message>
        <source>The erasure ledger could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure ledger %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure ledger %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Amanah erasure ledger, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure ledger %1 was written by a newer Amanah.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasurePanel</name>
    <message>
        <source>&amp;Prepare Erasure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm Erasure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View Held Records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy &amp;Ended Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;Holds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients to notify (GDPR Art. 19):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed %1; prepared by %2, approved by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by %1 on %2: waiting for a second officer to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: prepare the erasure to see what goes and what a legal hold keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure can be prepared once the request is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept under a legal hold (restricted, officers only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): the hold ended %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted: use only for the purpose of the hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n held record(s) destroyed.</source>
        <translation>
            <numerusform>%n held record destroyed.</numerusform>
            <numerusform>%n held records destroyed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Certificate of Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate saved to %1 (SHA-256 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s data was deleted on %1, but the erasure is not finished: another program was still reading the workspace, so the data key may remain in its log. Close other Amanah windows and jobs on this workspace, then confirm the erasure again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasurePreviewDialog</name>
    <message>
        <source>&amp;Prepare Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare Erasure of Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure of %1 (reference %2). Check what goes and what a legal hold keeps. After you prepare it, a second officer who is not you confirms it with a written justification.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasurePreviewView</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroyed for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept under a legal hold (restricted, officers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal hold applies: everything is destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients to notify (GDPR Art. 19)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s), last %1</source>
        <translation>
            <numerusform>%n disclosure, last %1</numerusform>
            <numerusform>%n disclosures, last %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was not disclosed to any recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. The customer&apos;s data key and every record of their personal data are destroyed; only what a legal hold requires is kept, restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2.</source>
        <comment>erasure: a kind of copy and what becomes of it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted fields cannot be read without it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message>
        <source>Request %1 is not an erasure request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved erasure request can be prepared or executed (this one is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the request to a customer before preparing the erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why this erasure is justified (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the erasure first: a second officer then confirms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You prepared this erasure: a second officer must approve it (four-eyes rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer reference typed does not match. Nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this request meanwhile. Nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no held record %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold needs a category and its legal basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold lasts between 1 and 100 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold cannot keep the field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no legal hold %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace and its log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanah backups made before the erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still hold the encrypted data; restoring one through Amanah erases the customer again before anyone can work in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies made outside Amanah (file copies, disk images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the data until they are destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s data was already deleted: execute the erasure again to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s data was deleted, but the data key may remain in the workspace&apos;s log. %1 Close other Amanah windows and jobs on this workspace and execute the erasure again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 has no erasure record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer reference typed does not match. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else finished or changed this erasure meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this request meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The held records were destroyed, but copies of them may remain in the workspace&apos;s log. %1 Close other Amanah windows and jobs on this workspace and destroy the expired holds again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FairUse</name>
    <message>
        <source>Allowed: the customer&apos;s consent is current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: the purpose rests on a legal basis other than consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: there is no such customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the customer&apos;s data was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: there is no such purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the purpose is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: processing of this customer&apos;s data is restricted; it may only be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the customer objected to this kind of processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the customer never gave consent for this purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the customer withdrew consent for this purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: consent was given under an older privacy notice; a material change since needs the customer&apos;s consent again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set Up a New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantConsentDialog</name>
    <message>
        <source>%1 (%2, effective %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Consent Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notice version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version in effect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. form number, call reference, IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header row: is it a CSV file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent columns found (name them consent:&lt;purpose code&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) read: %2 good, %3 bad (of which %4 duplicate(s) by email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default nothing is imported while any row is bad: correct the file, or import only the good rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1 row(s) are bad (see the report). Correct the file, or run the import again and choose to import only the good rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customer(s) and %2 consent event(s) were imported; %3 bad row(s) were left out. The import was recorded in the audit trail as one action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column of the file holds each customer field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with a header row: one customer per row, and optionally one column per purpose named consent:&lt;purpose code&gt;. Every row is checked before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;only the good rows (the bad ones are left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalHoldsDialog</name>
    <message>
        <source>&amp;Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the customer&apos;s last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kept for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanah could not open the workspace %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanah workspaces (*.amanah *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanah could not create the folder %1 for the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanah could not create the demo workspace.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanah workspaces (*.amanah);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose a new name, or open it with Open Workspace File.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Amanah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the page to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Amanah</source>
        <comment>window title: user, workspace name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Amanah</source>
        <comment>window title: workspace name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 workspace, schema version %3</source>
        <comment>status bar: location, backend, schema</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Two-Factor Sign-In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameIndex</name>
    <message>
        <source>Building the name index was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +62 812 3456 7801</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two letters, e.g. ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what the shop needs to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use for This Request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message numerus="yes">
        <source>Use at least %n characters. A phrase of several words is easy to remember.</source>
        <translation>
            <numerusform>Use at least %n character. A phrase of several words is easy to remember.</numerusform>
            <numerusform>Use at least %n characters. A phrase of several words is easy to remember.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the password again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDraftDialog</name>
    <message>
        <source>Save Privacy Notice (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Privacy Notice (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published as notice version %1 (material: earlier grants need re-consent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published as notice version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Privacy Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version &amp;label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Material change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A material change makes grants given under older versions stale until the customer consents again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish as New Notice Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeService</name>
    <message>
        <source>Give the notice version a short label, e.g. 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the notice&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice version with this label exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such notice version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackagePreviewDialog</name>
    <message>
        <source>Data the customer provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only access and portability requests are answered with a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Package Into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no package was released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not released and the request is unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released into %1 and recorded in the audit trail; the request is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portability Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what the customer receives, in %1. Check it, then release it: a JSON file and a PDF are written into a folder you choose, their SHA-256 is recorded in the audit trail, and the request is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the data the customer provided, as they receive it. Check it, then release it: a JSON file and a CSV file are written into a folder you choose, their SHA-256 is recorded in the audit trail, and the request is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too short: without two-factor sign-in use at least %1 characters. A few unrelated words make a long password that is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is on a list of commonly used passwords that attackers try first. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Customer service agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortabilityPackage</name>
    <message>
        <source>Request %1 is not a portability request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the request to a customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved request can be answered; this one is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishNoticeDialog</name>
    <message>
        <source>Publish Notice Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Material change: customers must consent again once it is in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <source>New Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose c&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. newsletter (cannot be changed later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. name, email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Marketing, Core function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marketing (an objection always stops it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reci&amp;pients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third parties that receive this purpose&apos;s data (add them on the Third parties page).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurposeService</name>
    <message>
        <source>A purpose code is 1 to 40 lower-case letters, digits, _ or -, e.g. newsletter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the purpose a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen recipient does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purpose with this code exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this purpose since you opened it. Nothing was overwritten: reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no purpose %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required; recorded in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientChecklistWidget</name>
    <message>
        <source>Mark &amp;Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Con&amp;firmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <source>New Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer &amp;safeguard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two letters, e.g. ID, SG, US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed outside the workspace&apos;s area, e.g. standard contractual clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. name, email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the recipient&apos;s data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientNotificationService</name>
    <message>
        <source>There is no request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recipient is not on the request&apos;s checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the recipient notified before recording a confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recipient&apos;s confirmation is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recipient is already marked notified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientService</name>
    <message>
        <source>Give the recipient&apos;s name (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country is a two-letter ISO 3166 code in capitals, e.g. ID, SG or US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the area of the workspace&apos;s rules: name the transfer safeguard, e.g. standard contractual clauses or an adequacy decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact and the safeguard are at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient with this name is in the register already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this recipient since you opened it. Nothing was overwritten: reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such recipient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsTableModel</name>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <comment>recipient role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no safeguard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDisclosureDialog</name>
    <message>
        <source>The register has no recipient yet: an officer adds them on the Third parties page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. name, address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover the Administrator Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key that was shown when this workspace was set up, the user name of an administrator, and a new password for that administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABCD-EFGH-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanah recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this page somewhere safe, away from the computer. With it, a forgotten administrator password can be replaced; anyone who has it can open the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is ready. This key is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every administrator forgets their password, this key is the only way back into the workspace&apos;s data. Print it or write it down and keep it somewhere safe, away from this computer. Anyone who has it can open the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored the recovery key somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RectifyDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, e.g. “customer called: moved house” (recorded in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct Field for Request %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period whose first day is not after its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose English (en) or Bahasa Indonesia (id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF renderer was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent events could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <comment>page title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compliance report holds figures only: requests, deadlines, consent, erasures, retention runs, notifications and the audit trail&apos;s checkpoint. It never shows a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures and verifying the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the audit trail failed verification; the report says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (clock paused during identity verification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verified: %1, by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verified: not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate of request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification or note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Required to reject (at least %n characters) and to extend</source>
        <translation>
            <numerusform>Required to reject (at least %n character) and to extend</numerusform>
            <numerusform>Required to reject (at least %n characters) and to extend</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdrawn by Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes named: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare &amp;Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review what the customer receives, then release it (approved requests only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectify &amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the customer&apos;s record; the correction is audited with this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer L&amp;etter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was corrected. Complete the request when every correction is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: erased — their personal data was destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester: erased with the customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestIntakeDialog</name>
    <message numerus="yes">
        <source>%n customers match; use the customer reference instead.</source>
        <translation>
            <numerusform>%n customer matches; use the customer reference instead.</numerusform>
            <numerusform>%n customers match; use the customer reference instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request cannot have been received in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s or the workspace&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the requester asked for, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has this email or reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer: the request is logged on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has this email or reference. Clear the field to log the request without a customer, or enter the requester with New Customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Purpose Ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purpose is ticked. The request can be logged, but it cannot be fulfilled until it names the purposes to withdraw. Log it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urposes named:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact email or customer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester is not a customer yet: enter them; they are created with the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each purpose the customer objects to or withdraws consent from; it is withdrawn when the request is fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer “%1”: created together with the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestService</name>
    <message>
        <source>The file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this request since you opened it. Nothing was overwritten: reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the app (signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in customer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code sent to the customer&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID document seen in person (not stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insufficient verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matching customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request not covered by the law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifestly unfounded or excessive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester&apos;s details cannot be read (the key is gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the request came in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request cannot be received in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who made the request: match a customer or give the requester&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer&apos;s data was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no purpose %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests can only be assigned to staff who handle them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is closed (%1); it cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verification started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the request is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the justification the customer will read (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was already extended; the law allows one extension only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the extension; the customer is told it (at least a sentence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline has passed: an extension must be decided, and told to the customer, before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access or portability request is completed by releasing its package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An erasure request is completed by executing the erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the request to a customer before fulfilling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request names no purpose to withdraw from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectify the customer&apos;s record for this request first; then complete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s data was already deleted: execute the erasure again to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestWorkflow</name>
    <message>
        <source>This request is closed (%1); it cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request that is “%1” cannot become “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed</source>
        <comment>erasure carried out</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <comment>page title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 logged. Due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate: request %1 of the same type from this customer is still open. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to &amp;Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign &amp;To…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (clock paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (extended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>This backup was written by a newer version of Amanah (schema %1; this version knows up to %2). Install the newer Amanah to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure ledger is missing: %1. Without it, customers erased after this backup would come back. Copy it from the folder the backups were written to, or name where it is. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure ledger %1 belongs to another workspace than the backup. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists. Restore into a new file, or replace it (--replace) once no one works in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is another workspace than the backup&apos;s: it was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure ledger %1 is older than the backup: it lacks erasures the backup holds. Use the ledger written with the backup or a newer one. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the restored copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure ledger %1 was altered (its MAC does not match this workspace&apos;s keys). Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure ledger %1 is not this workspace&apos;s, or it was altered. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored copy&apos;s log could not be emptied. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure ledger has not been applied: the backup cannot be restored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of the restored copy before it is put in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program opened the restored copy “%1”; close it and restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in another Amanah window or job. Close them all, then restore again; the workspace was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored copy could not be moved to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Choose a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanah backups (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Erasure Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure ledgers (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanah workspaces (*.amanah *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Made %1 (schema %2, audit trail up to entry %3); %n erasure(s) inside.</source>
        <translation>
            <numerusform>Made %1 (schema %2, audit trail up to entry %3); %n erasure inside.</numerusform>
            <numerusform>Made %1 (schema %2, audit trail up to entry %3); %n erasures inside.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-restored.amanah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup and the file to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the backup as one of its administrators: user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring and making the later erasures again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored into %1. The ledger held %2 erasure(s): %3 customer(s) deleted again, %4 anonymised again, %5 recorded for customers the backup never had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is restored into a new workspace file. Every erasure and retention deletion recorded in the erasure ledger after the backup is made again, and audited, before the workspace can be opened: no erased customer comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure &amp;ledger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if two-factor sign-in is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it was when the backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention</source>
        <comment>page title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Retention Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers due under the rules are deleted or anonymised now, in batches, and held records whose hold has ended are destroyed. This cannot be undone. Say why, for the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the retention run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding what is due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>scope, period: action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now: %1 customer(s) to delete, %2 to anonymise, %3 held record(s) to destroy. Check the list, then Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First customers (ids): %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customer(s) deleted, %2 anonymised, %3 held record(s) destroyed; %4 of %5 batch(es) done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 The rest was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long data is kept: each rule counts a period from a trigger, then deletes or anonymises. A customer exactly at the end of the period is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention run: preview what is due now, then apply it with a justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionRuleDialog</name>
    <message>
        <source>New Retention Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Retention Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. customer_record, or invoices for a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. UU KUP Ps 28(11): 10 years (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionRulesModel</name>
    <message>
        <source>Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis / hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionRun</name>
    <message numerus="yes">
        <source>No activity for %n day(s) or more (last activity on or before %1)</source>
        <translation>
            <numerusform>No activity for %n day or more (last activity on or before %1)</numerusform>
            <numerusform>No activity for %n days or more (last activity on or before %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consent withdrawn %n day(s) ago or more (on or before %1)</source>
        <translation>
            <numerusform>Consent withdrawn %n day ago or more (on or before %1)</numerusform>
            <numerusform>Consent withdrawn %n days ago or more (on or before %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Account closed %n day(s) ago or more (on or before %1)</source>
        <translation>
            <numerusform>Account closed %n day ago or more (on or before %1)</numerusform>
            <numerusform>Account closed %n days ago or more (on or before %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Legal hold ended %n day(s) ago or more</source>
        <translation>
            <numerusform>Legal hold ended %n day ago or more</numerusform>
            <numerusform>Legal hold ended %n days ago or more</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this retention run is applied (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention run deleted data, but copies of it may remain in the workspace&apos;s log. %1 Close other Amanah windows and jobs on this workspace and apply the retention run again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>Someone else changed this retention rule since you opened it. Nothing was overwritten: reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>retention action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retention rule covers either a data category or a purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data category is 1 to 40 lower-case letters, digits, _ or -, e.g. customer_record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period is 1 to %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule triggered by the end of a legal hold names the hold&apos;s category (e.g. invoices) and deletes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal hold basis is at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen purpose does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such retention rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the account is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleChooser</name>
    <message>
        <source>customer service: customers, consent, requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy: decisions, erasures, policies, audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboards, reports, audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff accounts and workspace settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>role name — what it may do</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Change Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of %1 (%2). A user may hold several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your one-time password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up two-factor sign-in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <comment>page title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <comment>language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes at once and is kept for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this version of Amanah knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInWidget</name>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the six-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace file or connect to a PostgreSQL workspace from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no administrator and no keys yet. Set it up to start using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the six-digit code that your authenticator app shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window locked itself after a time without use. Enter the password of %1 to continue where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six-digit &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six-digit code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>123 456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as someone &amp;else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Up Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the administrator password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo workspace with invented customers. Its accounts and passwords are public:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <comment>fill in a demo account</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>A user name has 2 to 32 characters: letters a-z, digits, dot, dash or underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace needs at least one active administrator. Make someone else an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle time before locking must be 1 to 240 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanah Cannot Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption self-test failed, so Amanah will not touch any data.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethical management of customers&apos; personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace at &lt;location&gt;: a workspace file, a postgresql:// URL or a libpq connection string. Without it, Amanah opens the demo workspace, creating it on first run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThirdPartiesPage</name>
    <message>
        <source>Third parties</source>
        <comment>page title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Recipient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Disclosures (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with the columns customer_ref or email, recipient, purpose, date and categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimisation problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Record of Processing (&amp;CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Record of Processing (&amp;PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Privacy &amp;Notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used by any purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes also name categories Amanah does not store: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every field is used and every purpose has a retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and importing disclosures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) need correcting first.</source>
        <translation>
            <numerusform>Nothing was imported: %n row needs correcting first.</numerusform>
            <numerusform>Nothing was imported: %n rows need correcting first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s) imported.</source>
        <translation>
            <numerusform>%n disclosure imported.</numerusform>
            <numerusform>%n disclosures imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record of Processing (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of Processing (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwoFactorDialog</name>
    <message>
        <source>Two-Factor Sign-In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace requires two-factor sign-in for every account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code with an authenticator app on your phone (for example Aegis, FreeOTP or Google Authenticator). From then on, signing in asks for the six-digit code the app shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera? Type this key into the app instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key for your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six-digit code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>123 456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is on: signing in asks for the code from your authenticator app. To turn it off, type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>There is no such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this user since you opened it. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key slot opens this workspace for that account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <comment>page title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a new one-time password? Their current password stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time password of %1 is:

%2

Give it to them in person; they must change it when they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Two-Factor Sign-In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off two-factor sign-in for %1, for example after a lost phone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account %1 and its key? This cannot be undone; the audit trail keeps its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Two-Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require two-factor sign-in for every account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without use before the window locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name and contact printed on privacy notices, records of processing and consent receipts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>, </source>
        <comment>between role names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>No workspace was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only SQLite files and postgresql:// connection strings are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string is incomplete: every setting needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string has an unclosed quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string has a value without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string names no database (dbname=...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string is not a valid address. Use postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string names no database after the host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceNamePage</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the workspace and choose the law that applies to most of your customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the name of your shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UU PDP (Indonesia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR (European Union)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCPA/CPRA (California)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGPD (Brazil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each customer can still have their own jurisdiction; this is the one new customers get.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanahctl</name>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language %1: use en or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run amanahctl --help for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace: give --workspace W or set AMANAH_WORKSPACE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: set %1 or run amanahctl on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with --user U (or set AMANAH_USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account must change its one-time password first: sign in once in the Amanah application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info takes no argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend:        %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this Amanah: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --name N and --admin USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the administrator %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (store it offline now; it is shown only once):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace already exists at %1; the demo is made in a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit needs a subcommand: verify or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown audit subcommand %1: use verify or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit verify takes no argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified intact up to entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact up to entry %1, head %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export takes no argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export needs --format csv or --format json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export needs --out PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date like 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: customer find --email E | --phone P | --ref R | --name TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: consent receipt --customer ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: audience export --purpose CODE --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: import customers FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer find needs exactly one of --email, --phone, --ref, --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent receipt needs --customer ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audience export needs --purpose CODE and --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import customers needs one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1, valid: %2, bad: %3 (duplicates: %4), imported: %5, consent events: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows above, or use --good-rows-only.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests needs a subcommand: list or package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown requests subcommand %1: use list or package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline takes no argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline needs --jurisdiction J, --type T and --received DATE-TIME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown request type “%1”: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--received needs an ISO 8601 date-time like 2026-01-31T10:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--policy-days needs a number of days from 1 to 366.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests list takes no argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state “%1”: use received, identity_verification, in_review, approved, completed, rejected, withdrawn or executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests package needs --request ID and --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no recipient named %1.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasure certificate needs --request ID and --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasure status needs --request ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  report --user U --from DATE --to DATE --format pdf|csv --lang en|id --out PATH
                  a compliance report of the period (YYYY-MM-DD, both included, in the
                  workspace&apos;s time zone): a PDF file, or a folder of CSV files; the
                  audit chain is verified for it; prints the files written; exit 10
                  when the chain is broken (the report is written and says so)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report takes no argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --from DATE, --to DATE, --format pdf|csv and --out PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to need dates like 2026-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be pdf or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be en or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention needs a subcommand: run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown retention subcommand %1: use run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention run takes no argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention run needs either --dry-run or --apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention run --apply needs --justification TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch needs a number from 1 to 100000.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown backup subcommand %1: use list or keep-days, or none to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup takes --out FILE or --dir FOLDER, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up: schema %1, audit head %2, %3 erasures in the ledger, %4 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup list takes no argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup keep-days needs a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup ledger needs --dir FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs one backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs --into FILE, the workspace file to restore into.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1: damaged record, cannot be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1: damaged record, cannot be decrypted; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) left out because their data is damaged; everyone else was written.</source>
        <translation>
            <numerusform>%n customer left out because their data is damaged; everyone else was written.</numerusform>
            <numerusform>%n customers left out because their data is damaged; everyone else was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to %1.</source>
        <translation>
            <numerusform>%n customer exported to %1.</numerusform>
            <numerusform>%n customers exported to %1.</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  erasure prepare --user U --request ID
                  prepare an approved erasure request; a second officer executes it
  erasure execute --user U --request ID --justification TEXT --reference REF
                  erase the customer for good (REF: the customer reference typed again).
                  Exit 15 when another program still reads the workspace: the data is
                  deleted but the request stays approved; close it and run this again
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasure needs a subcommand: prepare, execute, status or certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown erasure subcommand %1: use prepare, execute, status or certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasure execute needs --request ID, --justification TEXT and --reference REF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasure prepare needs --request ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
