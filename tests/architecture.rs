//! The shape rules of docs/architecture.md, checked on the source itself:
//! the modules of `src/inspect` import each other without a cycle, each
//! declares its layer (`//! Layer: …` in its opening comment) and imports no
//! module of a higher layer, and no function in `src/` is longer than
//! [`MAX_FUNCTION_LINES`].
//!
//! The import graph is read from the code's own paths, as a reader would
//! follow them: `crate::inspect::a::b`, `super::x` (resolved from the file
//! that says it) and `child::` inside the module that declares `mod child;`.
//! Each path goes to the longest module it names. Test modules
//! (`#[cfg(test)]` to the end of the file) and comments are left out: tests
//! may import anything.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // tests may

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A newcomer holds a screen or two in their head; 120 lines is the most
/// issue 17 allows.
const MAX_FUNCTION_LINES: usize = 120;

/// Every `.rs` file under `root`.
fn rust_files(root: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out
}

/// Module name ("staple/judge") → source without tests and comments.
fn modules(root: &Path) -> BTreeMap<String, String> {
    rust_files(root)
        .into_iter()
        .map(|path| {
            let name = path.strip_prefix(root).unwrap().with_extension("");
            let name = name.to_string_lossy().replace('\\', "/");
            (name, code_only(&std::fs::read_to_string(&path).unwrap()))
        })
        .collect()
}

/// The text before `#[cfg(test)]`, with `//` comments removed.
fn code_only(source: &str) -> String {
    let code = source.split("#[cfg(test)]").next().unwrap_or("");
    code.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Runs of `ident::ident::…` following each occurrence of `prefix`.
fn paths_after<'a>(code: &'a str, prefix: &str) -> Vec<Vec<&'a str>> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find(prefix) {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + prefix.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        let segments: Vec<&str> = rest[..end].split("::").filter(|s| !s.is_empty()).collect();
        out.push(segments);
    }
    out
}

/// The longest module named by a prefix of `parts`.
fn resolve(modules: &BTreeMap<String, String>, parts: &[&str]) -> Option<String> {
    (1..=parts.len())
        .rev()
        .map(|k| parts[..k].join("/"))
        .find(|m| modules.contains_key(m))
}

fn edges(modules: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (name, code) in modules {
        let mut targets = BTreeSet::new();
        for path in paths_after(code, "crate::inspect::") {
            targets.extend(resolve(modules, &path));
        }
        let parent: Vec<&str> = name.split('/').collect();
        let parent = &parent[..parent.len() - 1];
        if !parent.is_empty() {
            for path in paths_after(code, "super::") {
                let full: Vec<&str> = parent.iter().copied().chain(path).collect();
                targets.extend(resolve(modules, &full));
            }
        }
        for child in paths_after(code, "mod ")
            .into_iter()
            .filter_map(|p| p.first().copied())
        {
            let module = format!("{name}/{child}");
            let used = !paths_after(code, &format!("{child}::")).is_empty();
            if modules.contains_key(&module) && used {
                targets.insert(module);
            }
        }
        targets.remove(name);
        graph.insert(name.clone(), targets);
    }
    graph
}

/// Strongly connected components of more than one module (Tarjan).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'g> {
        graph: &'g BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        found: Vec<Vec<String>>,
    }
    impl<'g> Walk<'g> {
        fn visit(&mut self, v: &'g str) {
            let i = self.index.len();
            self.index.insert(v, i);
            self.low.insert(v, i);
            self.stack.push(v);
            for w in self.graph.get(v).into_iter().flatten() {
                let w = w.as_str();
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.stack.contains(&w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut component = Vec::new();
                while let Some(w) = self.stack.pop() {
                    component.push(w.to_string());
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.sort();
                    self.found.push(component);
                }
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !walk.index.contains_key(v.as_str()) {
            walk.visit(v);
        }
    }
    walk.found
}

#[test]
fn the_core_has_no_module_cycle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/inspect");
    let modules = modules(&root);
    assert!(
        modules.len() > 30,
        "read {} modules from {}",
        modules.len(),
        root.display()
    );
    let graph = edges(&modules);
    let found = cycles(&graph);
    assert!(found.is_empty(), "module cycles in src/inspect: {found:?}");
}

/// The reader and the cycle finder over small graphs written out, so the
/// check above cannot pass because it reads nothing.
/// The layers, bottom first: docs/architecture.md says what each holds.
const LAYERS: &[&str] = &["base", "model", "analysis", "report", "output"];

/// Module → its layer's rank, from the `//! Layer: name.` line.
fn layers(root: &Path, modules: &BTreeMap<String, String>) -> BTreeMap<String, Option<usize>> {
    modules
        .keys()
        .map(|m| {
            let source = std::fs::read_to_string(root.join(format!("{m}.rs"))).unwrap();
            let rank = source
                .lines()
                .take_while(|l| l.starts_with("//!"))
                .find_map(|l| l.strip_prefix("//! Layer: "))
                .and_then(|rest| {
                    LAYERS
                        .iter()
                        .position(|name| rest.starts_with(&format!("{name}.")))
                });
            (m.clone(), rank)
        })
        .collect()
}

/// Each import from a module to one of a higher layer, in words.
fn upward(
    graph: &BTreeMap<String, BTreeSet<String>>,
    layers: &BTreeMap<String, Option<usize>>,
) -> Vec<String> {
    let name = |m: &str| {
        layers
            .get(m)
            .copied()
            .flatten()
            .map_or("none", |r| LAYERS[r])
    };
    let mut out = Vec::new();
    for (from, targets) in graph {
        for to in targets {
            if layers.get(to) > layers.get(from) {
                out.push(format!(
                    "{from} ({}) imports {to} ({})",
                    name(from),
                    name(to)
                ));
            }
        }
    }
    out
}

#[test]
fn each_module_imports_only_its_own_layer_and_those_below() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/inspect");
    let modules = modules(&root);
    let layers = layers(&root, &modules);
    let undeclared: Vec<&String> = layers
        .iter()
        .filter(|(_, r)| r.is_none())
        .map(|(m, _)| m)
        .collect();
    assert!(
        undeclared.is_empty(),
        "modules without a `//! Layer: name.` line ({LAYERS:?}): {undeclared:?}"
    );
    let found = upward(&edges(&modules), &layers);
    assert!(found.is_empty(), "imports that go up a layer: {found:#?}");
    // The rule itself, on a model that imports an analysis.
    let sources: BTreeMap<String, String> = [
        ("m", "use crate::inspect::a::X;"),
        ("a", "use crate::inspect::m::Y;"),
    ]
    .iter()
    .map(|(n, c)| (n.to_string(), code_only(c)))
    .collect();
    let ranks: BTreeMap<String, Option<usize>> =
        [("m".to_string(), Some(1)), ("a".to_string(), Some(2))]
            .into_iter()
            .collect();
    assert_eq!(
        upward(&edges(&sources), &ranks),
        vec!["m (model) imports a (analysis)".to_string()]
    );
    // Every layer is in use, so a misspelt declaration cannot hide.
    for (rank, name) in LAYERS.iter().enumerate() {
        assert!(
            layers.values().any(|r| *r == Some(rank)),
            "no module in layer {name}"
        );
    }
}

#[test]
fn the_cycle_check_sees_each_kind_of_import() {
    /// (module files as (name, source), the cycles expected)
    type Case = (
        &'static [(&'static str, &'static str)],
        &'static [&'static [&'static str]],
    );
    let table: &[Case] = &[
        // a → b by crate path, b → a by crate path
        (
            &[
                ("a", "use crate::inspect::b::X;"),
                ("b", "use crate::inspect::a::Y;"),
            ],
            &[&["a", "b"]],
        ),
        // parent declares and uses a child; the child names the parent's item
        (
            &[("p", "mod c;\npub use c::Z;"), ("p/c", "use super::W;")],
            &[&["p", "p/c"]],
        ),
        // the child names a sibling module through super: no cycle
        (
            &[
                ("p", "mod c;\nmod m;\npub use c::Z;"),
                ("p/c", "use super::m::W;"),
                ("p/m", ""),
            ],
            &[],
        ),
        // a cycle only inside tests or comments does not count
        (
            &[
                ("a", "// crate::inspect::b\nfn f() {}"),
                (
                    "b",
                    "use crate::inspect::a::Y;\n#[cfg(test)]\nuse crate::inspect::b;",
                ),
            ],
            &[],
        ),
    ];
    for (files, expected) in table {
        let modules: BTreeMap<String, String> = files
            .iter()
            .map(|(n, s)| (n.to_string(), code_only(s)))
            .collect();
        let found = cycles(&edges(&modules));
        let expected: Vec<Vec<String>> = expected
            .iter()
            .map(|c| c.iter().map(|s| s.to_string()).collect())
            .collect();
        assert_eq!(found, expected, "{files:?}");
    }
}

/// (file, line, name, length) of each `fn` in `source`, up to its closing
/// brace at the same indentation; test modules are left out.
fn functions(file: &str, source: &str) -> Vec<(String, usize, String, usize)> {
    let lines: Vec<&str> = source.lines().collect();
    let end = lines
        .iter()
        .position(|l| l.starts_with("#[cfg(test)]"))
        .unwrap_or(lines.len());
    let mut out = Vec::new();
    for (i, line) in lines[..end].iter().enumerate() {
        let trimmed = line.trim_start();
        let Some(after) = [
            "pub fn ",
            "pub(crate) fn ",
            "pub(super) fn ",
            "fn ",
            "pub const fn ",
            "const fn ",
        ]
        .iter()
        .find_map(|p| trimmed.strip_prefix(p)) else {
            continue;
        };
        let indent = line.len() - trimmed.len();
        let name: String = after
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        // A declaration without a body (a trait method) ends with `;`.
        let Some(open) =
            (i..end).find(|&j| lines[j].contains('{') || lines[j].trim_end().ends_with(';'))
        else {
            continue;
        };
        if !lines[open].contains('{') {
            continue;
        }
        let close = (open + 1..end).find(|&j| {
            let l = lines[j];
            l.len() - l.trim_start().len() == indent && l.trim_start().starts_with('}')
        });
        let length = close.map_or(end - i, |c| c - i + 1);
        out.push((file.to_string(), i + 1, name, length));
    }
    out
}

#[test]
fn no_function_is_longer_than_two_screens() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    for path in rust_files(&root) {
        let file = path.strip_prefix(&root).unwrap().display().to_string();
        all.extend(functions(&file, &std::fs::read_to_string(&path).unwrap()));
    }
    assert!(all.len() > 300, "found only {} functions", all.len());
    let long: Vec<_> = all.iter().filter(|f| f.3 > MAX_FUNCTION_LINES).collect();
    assert!(
        long.is_empty(),
        "functions over {MAX_FUNCTION_LINES} lines: {long:#?}"
    );
    // The measure itself: a 3-line function and a body-less declaration.
    let sample = "fn a() {\n    x\n}\ntrait T {\n    fn b(&self);\n}\n";
    let measured: Vec<(String, usize)> = functions("s", sample)
        .into_iter()
        .map(|f| (f.2, f.3))
        .collect();
    assert_eq!(measured, vec![("a".to_string(), 3)]);
}
