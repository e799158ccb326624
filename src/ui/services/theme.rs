//! Light or dark: follows the system unless chosen. Kept for this visit only
//! (certscope stores nothing in localStorage or cookies).

/// `auto`, `light` or `dark`.
pub fn set(theme: &str) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = match theme {
            "light" | "dark" => root.set_attribute("data-theme", theme),
            _ => root.remove_attribute("data-theme"),
        };
    }
}
