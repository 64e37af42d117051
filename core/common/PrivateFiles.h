#pragma once

/// Files Amanah creates hold personal data or keys (workspaces and their -wal/-shm, backups,
/// exports, packages, reports, logs): they are for the user who made them alone.
namespace PrivateFiles {

/// Sets the process's file-creation mask to 077, so that every file this process creates
/// from here on is 0600 at most and every folder 0700, whatever the caller's umask was
/// (SQLite, QSaveFile and QDir::mkpath all honour it). Each program calls it first thing.
void restrictProcess();

} // namespace PrivateFiles
