//! The only code that touches browser APIs: reading files, saving
//! downloads, the clipboard, the address bar, the clock.

pub mod analysis;
pub mod clipboard;
pub mod clock;
pub mod download;
pub mod examples;
pub mod files;
pub mod focus;
pub mod location;
pub mod theme;
