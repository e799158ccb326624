//! The shape rules of docs/architecture.md, checked on the source itself:
//! the modules of `src/inspect` import each other without a cycle, each
//! declares its layer (`//! Layer: …` in its opening comment) and imports no
//! module of a higher layer, and no function in `src/` is longer than
//! [`MAX_FUNCTION_LINES`].
//!
//! The import graph is read from the code's own paths, as a reader would
//! follow them: `crate::inspect::a::b`, `super::x`, `super::super::x` and
//! `self::x` (resolved from the file that says it) and `child::` inside the
//! module that declares `mod child;`; groups (`crate::inspect::{a, b::{c}}`,
//! over several lines) name each of their paths.
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

/// `source` with the insides of comments, strings, raw strings and
/// character literals turned to spaces (line breaks kept, so line numbers
/// hold): a `}` line in a raw string or a path in a comment is not code.
fn blank_literals(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let ident = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric() || *c == '_');
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0usize;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
        } else if c == 'r'
            && !ident(
                i.checked_sub(1)
                    .and_then(|p| chars.get(p))
                    .filter(|p| **p != 'b'),
            )
            && matches!(next, Some('#' | '"'))
            && chars[i + 1..].iter().find(|c| **c != '#') == Some(&'"')
        {
            // r"…", r#"…"#: ends at a quote followed by as many hashes.
            let hashes = chars[i + 1..].iter().take_while(|c| **c == '#').count();
            let open = i + 2 + hashes;
            out.extend(&chars[i..open]);
            i = open;
            while i < chars.len() {
                let closes = chars[i] == '"'
                    && chars[i + 1..]
                        .iter()
                        .take(hashes)
                        .filter(|c| **c == '#')
                        .count()
                        == hashes;
                if closes {
                    out.extend(&chars[i..i + 1 + hashes]);
                    i += 1 + hashes;
                    break;
                }
                out.push(blank(chars[i]));
                i += 1;
            }
        } else if c == '"' {
            out.push('"');
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                let step = if chars[i] == '\\' { 2 } else { 1 };
                out.extend(
                    chars[i..(i + step).min(chars.len())]
                        .iter()
                        .map(|c| blank(*c)),
                );
                i += step;
            }
            if i < chars.len() {
                out.push('"');
                i += 1;
            }
        } else if c == '\'' && (next == Some('\\') || chars.get(i + 2) == Some(&'\'')) {
            // A character literal ('{', '\''), not a lifetime ('a).
            let len = chars[i + 1..]
                .iter()
                .enumerate()
                .skip(if next == Some('\\') { 2 } else { 1 })
                .find(|(_, c)| **c == '\'')
                .map_or(1, |(k, _)| k + 2);
            out.push('\'');
            for _ in 1..len.saturating_sub(1) {
                out.push(' ');
            }
            out.push('\'');
            i += len.max(2);
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// The code before `#[cfg(test)]`, with comments and literals blanked.
fn code_only(source: &str) -> String {
    let code = blank_literals(source);
    code.split("#[cfg(test)]").next().unwrap_or("").to_string()
}

/// Every path a use-tree names, read from `text` at `*at`: `a::b`,
/// `a::{b, c::{d, e}}` (over as many lines as it takes), `a::{self, b}`,
/// `a::*`, `b as c`. Each path is `base` followed by its segments.
fn use_tree(text: &[char], at: &mut usize, base: Vec<String>, out: &mut Vec<Vec<String>>) {
    let skip_space = |at: &mut usize| {
        while text.get(*at).is_some_and(|c| c.is_whitespace()) {
            *at += 1;
        }
    };
    let word = |at: &mut usize| {
        let from = *at;
        while text
            .get(*at)
            .is_some_and(|c| c.is_alphanumeric() || *c == '_' || *c == '*')
        {
            *at += 1;
        }
        text[from..*at].iter().collect::<String>()
    };
    let mut path = base;
    loop {
        skip_space(at);
        if text.get(*at) == Some(&'{') {
            *at += 1;
            loop {
                skip_space(at);
                match text.get(*at) {
                    Some('}') | None => break,
                    Some(',') => *at += 1,
                    _ => {
                        let before = *at;
                        use_tree(text, at, path.clone(), out);
                        if *at == before {
                            *at += 1; // not a path: step over it
                        }
                    }
                }
            }
            *at += 1;
            return;
        }
        let segment = word(at);
        if segment.is_empty() {
            out.push(path);
            return;
        }
        if segment != "self" && segment != "*" {
            path.push(segment);
        }
        skip_space(at);
        if text.get(*at) == Some(&':') && text.get(*at + 1) == Some(&':') {
            *at += 2;
            continue;
        }
        // `x as y`: the path is x.
        let mut ahead = *at;
        if word(&mut ahead) == "as" {
            skip_space(&mut ahead);
            *at = ahead;
            word(at);
        }
        out.push(path);
        return;
    }
}

/// The paths that follow each occurrence of `prefix` (`crate::`, `super::`,
/// `child::`) not itself the tail of a longer path, groups expanded.
fn paths_after(code: &str, prefix: &str) -> Vec<Vec<String>> {
    let text: Vec<char> = code.chars().collect();
    let prefix: Vec<char> = prefix.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + prefix.len() <= text.len() {
        if text[i..i + prefix.len()] != prefix[..] {
            i += 1;
            continue;
        }
        let before = i.checked_sub(1).map(|p| text[p]);
        i += prefix.len();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let mut at = i;
        use_tree(&text, &mut at, Vec::new(), &mut out);
        // The tree is read whole: a `super::` inside it is one of its paths.
        i = at.max(i);
    }
    out
}

/// The longest module named by a prefix of `parts`.
fn resolve(modules: &BTreeMap<String, String>, parts: &[String]) -> Option<String> {
    (1..=parts.len())
        .rev()
        .map(|k| parts[..k].join("/"))
        .find(|m| modules.contains_key(m))
}

fn edges(modules: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (name, code) in modules {
        let mut targets = BTreeSet::new();
        for path in paths_after(code, "crate::") {
            if path.first().is_some_and(|p| p == "inspect") {
                targets.extend(resolve(modules, &path[1..]));
            }
        }
        let here: Vec<String> = name.split('/').map(str::to_string).collect();
        // `super::` from a/b is a (from a top-level module, `inspect`
        // itself: its paths are the modules here); `super::super::` climbs
        // once more.
        for path in paths_after(code, "super::") {
            let ups = 1 + path.iter().take_while(|p| *p == "super").count();
            let Some(keep) = here.len().checked_sub(ups) else {
                continue;
            };
            let full: Vec<String> = here[..keep]
                .iter()
                .chain(path.iter().skip(ups - 1))
                .cloned()
                .collect();
            targets.extend(resolve(modules, &full));
        }
        for path in paths_after(code, "self::") {
            let full: Vec<String> = here.iter().chain(&path).cloned().collect();
            targets.extend(resolve(modules, &full));
        }
        for child in paths_after(code, "mod ")
            .into_iter()
            .filter_map(|p| p.first().cloned())
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

/// What may stand before `fn` in a declaration.
const QUALIFIERS: &[&str] = &["pub", "const", "async", "unsafe", "extern", "default"];

/// The name of the function `line` declares, if it declares one:
/// `pub(crate) async unsafe fn name`, `extern "C" fn name`.
fn declared_fn(line: &str) -> Option<String> {
    let mut rest = line.trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("fn ") {
            let name: String = after
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            return (!name.is_empty()).then_some(name);
        }
        let word = QUALIFIERS.iter().find(|q| {
            rest.strip_prefix(**q)
                .is_some_and(|r| r.starts_with([' ', '(', '"']))
        })?;
        rest = &rest[word.len()..];
        if rest.starts_with('(') {
            // pub(crate), pub(in path)
            rest = &rest[rest.find(')')? + 1..];
        }
        rest = rest.trim_start();
        if let Some(abi) = rest.strip_prefix('"') {
            rest = abi[abi.find('"')? + 1..].trim_start();
        }
    }
}

#[test]
fn the_import_reader_sees_grouped_paths() {
    // Modules "dn" (top level), "render", "report", "chain", "chain/diagnosis",
    // "chain/search"; each row: the source of one module, what it imports.
    let names = [
        "dn",
        "render",
        "report",
        "chain",
        "chain/diagnosis",
        "chain/search",
    ];
    let table: &[(&str, &str, &[&str])] = &[
        ("dn", "use crate::inspect::{render, report};", &["render", "report"]),
        (
            "dn",
            "use crate::inspect::{\n    chain::{self, diagnosis::X},\n    render::{a, b as c},\n};",
            &["chain", "chain/diagnosis", "render"],
        ),
        ("dn", "use crate::{inspect::report::R, wire};", &["report"]),
        ("dn", "use super::{render, report::*};", &["render", "report"]),
        ("dn", "fn f() { super::report::x(); }", &["report"]),
        (
            "chain/search",
            "use super::{diagnosis, super::render};",
            &["chain/diagnosis", "render"],
        ),
        ("chain/search", "use super::super::report;", &["report"]),
        ("chain", "mod search;\nuse self::diagnosis::D;", &["chain/diagnosis"]),
        (
            "chain",
            "mod diagnosis;\npub use diagnosis::{A, B};",
            &["chain/diagnosis"],
        ),
        // Not code: a path in a string, a comment, a raw string.
        (
            "dn",
            "// crate::inspect::render\nconst S: &str = \"crate::inspect::report\";\nconst R: &str = r#\"super::render\"#;",
            &[],
        ),
    ];
    for (module, source, expected) in table {
        let modules: BTreeMap<String, String> = names
            .iter()
            .map(|n| {
                let code = if n == module {
                    code_only(source)
                } else {
                    String::new()
                };
                (n.to_string(), code)
            })
            .collect();
        let found: Vec<String> = edges(&modules)[*module].iter().cloned().collect();
        assert_eq!(found, *expected, "{module}: {source}");
    }
}

/// (file, line, name, length) of each `fn` in `source`, from its first line
/// to the brace that closes its body (counted on the code with comments and
/// literals blanked, so a `}` inside a raw string does not end it); test
/// modules are left out.
fn functions(file: &str, source: &str) -> Vec<(String, usize, String, usize)> {
    let code = blank_literals(source);
    let lines: Vec<&str> = code.lines().collect();
    let end = lines
        .iter()
        .position(|l| l.starts_with("#[cfg(test)]"))
        .unwrap_or(lines.len());
    let mut out = Vec::new();
    for i in 0..end {
        let Some(name) = declared_fn(lines[i]) else {
            continue;
        };
        // The body opens at the first `{` outside the parameters and
        // bounds; a `;` there first means a declaration without a body.
        let mut depth = 0i64; // of ( and [
        let mut body: Option<i64> = None; // brace depth once inside
        let mut close = None;
        'lines: for (j, line) in lines.iter().enumerate().take(end).skip(i) {
            for c in line.chars() {
                match (body, c) {
                    (None, '(' | '[') => depth += 1,
                    (None, ')' | ']') => depth -= 1,
                    (None, ';') if depth == 0 => break 'lines,
                    (None, '{') if depth == 0 => body = Some(1),
                    (Some(b), '{') => body = Some(b + 1),
                    (Some(b), '}') => {
                        body = Some(b - 1);
                        if b == 1 {
                            close = Some(j);
                            break 'lines;
                        }
                    }
                    _ => {}
                }
            }
        }
        if body.is_none() {
            continue;
        }
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
    // The measure itself, on samples written out: a 3-line function, a
    // body-less declaration, an `async fn`, a `}` line inside a raw string
    // and inside a comment, a `'{'` character, a `;` in a parameter's type.
    let body = |n: usize| "    x;\n".repeat(n);
    let table: &[(String, &[(&str, usize)])] = &[
        (
            "fn a() {\n    x\n}\ntrait T {\n    fn b(&self);\n}\n".to_string(),
            &[("a", 3)],
        ),
        (
            format!("pub(crate) async fn long() {{\n{}}}\n", body(130)),
            &[("long", 132)],
        ),
        (
            format!(
                "fn raw() {{\n    let s = r#\"\n}}\n\"#;\n{}}}\nfn next() {{}}\n",
                body(131)
            ),
            &[("raw", 136), ("next", 1)],
        ),
        (
            "fn c(x: [u8; 2]) -> char {\n    // }\n    '{'\n}\n".to_string(),
            &[("c", 4)],
        ),
        (
            "impl X {\n    pub unsafe extern \"C\" fn d<'a>(&'a self) {\n    }\n}\n".to_string(),
            &[("d", 2)],
        ),
    ];
    for (sample, expected) in table {
        let measured: Vec<(String, usize)> = functions("s", sample)
            .into_iter()
            .map(|f| (f.2, f.3))
            .collect();
        let expected: Vec<(String, usize)> =
            expected.iter().map(|(n, l)| (n.to_string(), *l)).collect();
        assert_eq!(measured, expected, "{sample}");
    }
}
