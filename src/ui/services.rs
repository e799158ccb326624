//! The only code that touches browser APIs: reading files, saving
//! downloads, reading the clock.

pub mod clock;
pub mod download;
pub mod files;
