//! One writer at a time: a run that writes the store (`extract`) holds an advisory lock on the store's
//! folder for as long as it reads, merges and writes, so that a second run waits instead of writing
//! over the first one's files with what it read before them. Readers take no lock: every file they read
//! is whole (see `write`).
//!
//! The lock is the folder's own (`flock` on it), so it leaves no file behind, and the kernel releases
//! it when the process ends, killed or not.

use crate::error::{Error, Result};
use std::fs::{File, TryLockError};
use std::path::Path;

/// The store's lock, released when dropped.
#[derive(Debug)]
pub struct StoreLock {
    _folder: File,
}

impl StoreLock {
    /// Creates the store's folder if needed and locks it; when another run holds the lock, calls
    /// `waiting` once (to say so) and waits for it.
    pub fn acquire(dir: &Path, waiting: impl FnOnce()) -> Result<StoreLock> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, "cannot create the claim store", e))?;
        let folder = File::open(dir).map_err(|e| Error::io(dir, "cannot open the claim store", e))?;
        match folder.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                waiting();
                folder
                    .lock()
                    .map_err(|e| Error::io(dir, "cannot lock the claim store", e))?;
            }
            Err(TryLockError::Error(e)) => return Err(Error::io(dir, "cannot lock the claim store", e)),
        }
        Ok(StoreLock { _folder: folder })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;

    #[test]
    fn a_second_writer_waits_for_the_first() {
        let dir = tempfile::TempDir::new().unwrap();
        let store = dir.path().join("claims");
        let first = StoreLock::acquire(&store, || panic!("nobody holds it yet")).unwrap();
        let released = Arc::new(AtomicBool::new(false));
        let waited = Arc::new(AtomicBool::new(false));
        let (r, w, s) = (released.clone(), waited.clone(), store.clone());
        let second = std::thread::spawn(move || {
            let _lock = StoreLock::acquire(&s, || w.store(true, Ordering::SeqCst)).unwrap();
            assert!(
                r.load(Ordering::SeqCst),
                "the second writer ran while the first held the lock"
            );
        });
        std::thread::sleep(std::time::Duration::from_millis(100));
        released.store(true, Ordering::SeqCst);
        drop(first);
        second.join().unwrap();
        assert!(waited.load(Ordering::SeqCst));
    }
}
