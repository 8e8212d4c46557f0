#ifndef JINGYAN_RENAME_EXCHANGE_H
#define JINGYAN_RENAME_EXCHANGE_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE): at every instant each
/// path names one complete folder. Returns 0, or -1 with errno set (e.g. ENOSYS, EINVAL where the
/// system or file system cannot), in which case the caller falls back to two renames.
int jingyan_rename_exchange(const char *from, const char *to);

#endif
