//! Single key presses while no line is being read (thinking time, speaking time): Enter, Ctrl-C
//! and Ctrl-D, without waiting for a whole line and without letting Ctrl-C kill the session.

/// A key that matters between lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Enter,
    Interrupt,
    EndOfInput,
}

#[cfg(unix)]
mod imp {
    use std::io;
    use std::os::fd::BorrowedFd;
    use std::time::Duration;

    use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
    use nix::sys::termios::{self, LocalFlags, SetArg, Termios};

    use super::Key;

    /// Puts the terminal into single-key mode (no line buffering, no echo, Ctrl-C as a key) and
    /// restores it when dropped.
    pub struct KeyWatcher {
        saved: Option<Termios>,
    }

    fn stdin_fd() -> BorrowedFd<'static> {
        // SAFETY: fd 0 is standard input, open for the life of the process.
        unsafe { BorrowedFd::borrow_raw(0) }
    }

    impl KeyWatcher {
        pub fn start() -> io::Result<Self> {
            let fd = stdin_fd();
            let saved = match termios::tcgetattr(fd) {
                Ok(saved) => saved,
                // Not a terminal: nothing to change, and no keys will come.
                Err(_) => return Ok(KeyWatcher { saved: None }),
            };
            let mut raw = saved.clone();
            raw.local_flags
                .remove(LocalFlags::ICANON | LocalFlags::ECHO | LocalFlags::ISIG);
            termios::tcsetattr(fd, SetArg::TCSANOW, &raw).map_err(io::Error::from)?;
            Ok(KeyWatcher { saved: Some(saved) })
        }

        /// Waits up to `timeout` for a key that matters; other keys are swallowed.
        pub fn wait(&mut self, timeout: Duration) -> io::Result<Option<Key>> {
            if self.saved.is_none() {
                std::thread::sleep(timeout);
                return Ok(None);
            }
            let fd = stdin_fd();
            let mut fds = [PollFd::new(fd, PollFlags::POLLIN)];
            let millis = u16::try_from(timeout.as_millis()).unwrap_or(u16::MAX);
            let ready = match poll(&mut fds, PollTimeout::from(millis)) {
                Ok(n) => n,
                Err(nix::errno::Errno::EINTR) => 0,
                Err(e) => return Err(e.into()),
            };
            if ready == 0 {
                return Ok(None);
            }
            // One byte at a time, so whatever follows the key (typed ahead or pasted) stays
            // queued for the line editor.
            let mut byte = [0u8; 1];
            let n = nix::unistd::read(fd, &mut byte).map_err(io::Error::from)?;
            if n == 0 {
                return Ok(Some(Key::EndOfInput));
            }
            Ok(match byte[0] {
                b'\r' | b'\n' => Some(Key::Enter),
                3 => Some(Key::Interrupt),
                4 => Some(Key::EndOfInput),
                _ => None,
            })
        }
    }

    impl Drop for KeyWatcher {
        fn drop(&mut self) {
            if let Some(saved) = &self.saved {
                let _ = termios::tcsetattr(stdin_fd(), SetArg::TCSANOW, saved);
            }
        }
    }
}

#[cfg(not(unix))]
mod imp {
    use std::io;
    use std::time::Duration;

    use super::Key;

    /// Without Unix terminal control keys are not watched: timers simply run.
    pub struct KeyWatcher;

    impl KeyWatcher {
        pub fn start() -> io::Result<Self> {
            Ok(KeyWatcher)
        }

        pub fn wait(&mut self, timeout: Duration) -> io::Result<Option<Key>> {
            std::thread::sleep(timeout);
            Ok(None)
        }
    }
}

pub use imp::KeyWatcher;
