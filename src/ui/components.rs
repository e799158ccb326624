//! Small function components, each rendering one part of the report.

pub mod certificate_card;
pub mod chain_view;
pub mod code_block;
pub mod commands_panel;
pub mod copy_button;
pub mod crl_card;
pub mod examples_menu;
pub mod findings;
pub mod fold;
pub mod input_list;
pub mod input_panel;
pub mod roots_table;
pub mod share_panel;
pub mod sliced;
pub mod staple_card;
pub mod timeline;
pub mod toolbar;
pub mod visible;
