//! Errors as values that name what failed: the file, the line where there is one, and what to do.
//! Their `Display` is the message a user reads; none prints a Rust debug structure.

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read or written.
    #[error("{}: {what}: {source}{}", path.display(), io_hint(source))]
    Io {
        path: PathBuf,
        what: &'static str,
        #[source]
        source: std::io::Error,
    },
    /// An input file was read but cannot be used as it is.
    #[error("{}: {message}", path.display())]
    Input { path: PathBuf, message: String },
    /// A file of the claim store cannot be parsed; it is left exactly as it was.
    #[error("{}{}: {message} (the file was left as it is; fix or remove it and run again)", path.display(), line.map(|l| format!(": line {l}")).unwrap_or_default())]
    Store {
        path: PathBuf,
        line: Option<usize>,
        message: String,
    },
}

/// What to do about an input or output error, where the kind of error says it.
fn io_hint(e: &std::io::Error) -> &'static str {
    match e.kind() {
        std::io::ErrorKind::NotFound => " (check the path)",
        std::io::ErrorKind::PermissionDenied => " (check the file's permissions)",
        std::io::ErrorKind::InvalidData => " (it is not text claimcheck can read)",
        _ => "",
    }
}

impl Error {
    pub fn io(path: &Path, what: &'static str, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            what,
            source,
        }
    }
    pub fn input(path: &Path, message: impl Into<String>) -> Self {
        Error::Input {
            path: path.to_path_buf(),
            message: message.into(),
        }
    }
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            Error::Io { path, .. } | Error::Input { path, .. } | Error::Store { path, .. } => path,
        }
    }
}

/// Something the user should know that did not stop the work (an unknown front-matter key): the file, the
/// line where there is one, what was found and what was done about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(l) = self.line {
            write!(f, ": line {l}")?;
        }
        write!(f, ": {}", self.message)
    }
}

pub type Result<T> = std::result::Result<T, Error>;
