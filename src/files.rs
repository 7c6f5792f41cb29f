//! Reading files whose size a user controls: never more than a stated limit into memory.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// Why a size-capped read failed.
#[derive(Debug)]
pub enum CappedReadError {
    Io(io::Error),
    /// The path is a folder.
    Folder,
    /// The file holds more than the limit; `size` is what its metadata (or the read) said.
    TooBig {
        size: u64,
    },
}

/// Reads the whole file at `path`, refusing a folder or anything over `limit` bytes. The read
/// itself stops one byte past the limit, so a file that grows after the size check is refused
/// too rather than read in full.
pub fn read_capped(path: &Path, limit: u64) -> Result<Vec<u8>, CappedReadError> {
    let file = File::open(path).map_err(CappedReadError::Io)?;
    let metadata = file.metadata().map_err(CappedReadError::Io)?;
    if metadata.is_dir() {
        return Err(CappedReadError::Folder);
    }
    if metadata.len() > limit {
        return Err(CappedReadError::TooBig {
            size: metadata.len(),
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(CappedReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(CappedReadError::TooBig {
            size: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_within_the_limit_and_refuses_beyond_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("f.txt");
        std::fs::write(&path, b"hello").expect("write");
        assert_eq!(read_capped(&path, 5).expect("fits"), b"hello");
        assert!(matches!(
            read_capped(&path, 4),
            Err(CappedReadError::TooBig { size: 5 })
        ));
        assert!(matches!(
            read_capped(dir.path(), 100),
            Err(CappedReadError::Folder)
        ));
        assert!(matches!(
            read_capped(&dir.path().join("missing"), 100),
            Err(CappedReadError::Io(_))
        ));
    }
}
