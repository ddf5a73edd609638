//! The `stances-data` command line: reads and writes files, prints, and says by its exit code
//! whether the data is good (0), has faults (1), or could not be processed at all (2).

use super::{columns, csv_export, csv_import, schema, stats, to_json, Files};
use crate::model::{load, Dataset};
use std::io::Write;
use std::path::Path;

pub const USAGE: &str = "\
usage: stances-data <command>

  check FILE            validate a dataset; prints each fault as `path: reason`
  import DIR [-o OUT]   build a dataset from DIR's dataset.json and CSV files (to stdout without -o)
  export FILE DIR       write FILE as dataset.json and CSV files into DIR
  stats FILE            coverage: positions per topic, question, source, certainty and year;
                        articles per topic and positions per article
  schema [-o OUT]       print the JSON Schema of stances/1

Exit status: 0 ok, 1 the data has faults, 2 bad usage or a file that cannot be read or written.
The CSV layout is described in www/schema/README.md.";

/// Runs one command; returns the exit status.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let result = match parse(args) {
        Ok(Command::Check(file)) => check(&file, out),
        Ok(Command::Import { dir, output }) => import(&dir, output.as_deref(), out, err),
        Ok(Command::Export { file, dir }) => export(&file, &dir, out),
        Ok(Command::Stats(file)) => read_dataset(&file).map(|d| {
            let _ = write!(out, "{}", stats::render(&stats::stats(&d)));
            0
        }),
        Ok(Command::Schema { output }) => write_schema(output.as_deref(), out),
        Ok(Command::Help) => {
            let _ = writeln!(out, "{USAGE}");
            Ok(0)
        }
        Err(usage) => {
            let _ = writeln!(err, "stances-data: {usage}\n\n{USAGE}");
            return 2;
        }
    };
    match result {
        Ok(status) => status,
        Err(Failure::Data(faults)) => {
            let _ = write!(err, "{faults}");
            1
        }
        Err(Failure::Io(what)) => {
            let _ = writeln!(err, "stances-data: {what}");
            2
        }
    }
}

/// Why a command did not finish.
enum Failure {
    /// The data has faults, listed one a line. Exit status 1.
    Data(String),
    /// A file could not be read or written. Exit status 2.
    Io(String),
}

#[derive(Debug, PartialEq)]
enum Command {
    Check(String),
    Import { dir: String, output: Option<String> },
    Export { file: String, dir: String },
    Stats(String),
    Schema { output: Option<String> },
    Help,
}

fn parse(args: &[String]) -> Result<Command, String> {
    let (command, rest) = args.split_first().ok_or("no command given")?;
    let mut positional = Vec::new();
    let mut output = None;
    let mut rest = rest.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "-o" | "--output" => output = Some(rest.next().ok_or("-o needs a file name")?.clone()),
            flag if flag.starts_with('-') && flag.len() > 1 => return Err(format!("unknown option {flag}")),
            _ => positional.push(arg.clone()),
        }
    }
    let no_output = |c: Command| if output.is_some() { Err(format!("{command} does not take -o")) } else { Ok(c) };
    match (command.as_str(), positional.as_slice()) {
        ("check", [file]) => no_output(Command::Check(file.clone())),
        ("import", [dir]) => Ok(Command::Import { dir: dir.clone(), output }),
        ("export", [file, dir]) => no_output(Command::Export { file: file.clone(), dir: dir.clone() }),
        ("stats", [file]) => no_output(Command::Stats(file.clone())),
        ("schema", []) => Ok(Command::Schema { output }),
        ("help" | "-h" | "--help", _) => Ok(Command::Help),
        ("check" | "import" | "export" | "stats" | "schema", _) => Err(format!("wrong arguments for {command}")),
        _ => Err(format!("unknown command {command:?}")),
    }
}

fn io_failure(what: impl std::fmt::Display) -> Failure {
    Failure::Io(what.to_string())
}

fn read_bytes(path: &str) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| io_failure(format!("cannot read {path}: {e}")))
}

/// The file's text; bytes that are not UTF-8 are a fault of the data, said as the widget says it.
fn read(path: &str) -> Result<String, Failure> {
    crate::model::decode_text(&read_bytes(path)?)
        .map(str::to_owned)
        .map_err(|e| Failure::Data(e.faults.iter().map(|f| format!("{f}\n")).collect()))
}

fn write_file(path: &Path, text: &str) -> Result<(), Failure> {
    std::fs::write(path, text).map_err(|e| io_failure(format!("cannot write {}: {e}", path.display())))
}

fn summary(d: &Dataset) -> String {
    let mut out = format!(
        "{} actors, {} positions, {} sources, {} events",
        d.actors.len(),
        d.positions.len(),
        d.sources.len(),
        d.events.len()
    );
    if !d.articles.is_empty() {
        let links: usize = d.positions.iter().map(|p| p.articles.len()).sum();
        out.push_str(&format!(", {} articles ({links} links from positions)", d.articles.len()));
    }
    out
}

/// A valid dataset, or its faults as the failure message.
fn read_dataset(path: &str) -> Result<Dataset, Failure> {
    load(&read(path)?).map_err(|e| Failure::Data(e.faults.iter().map(|f| format!("{f}\n")).collect()))
}

fn check(path: &str, out: &mut dyn Write) -> Result<i32, Failure> {
    match crate::model::decode_text(&read_bytes(path)?).and_then(load) {
        Ok(d) => {
            let _ = writeln!(out, "ok: {}", summary(&d));
            Ok(0)
        }
        Err(e) => {
            for fault in &e.faults {
                let _ = writeln!(out, "{fault}");
            }
            Ok(1)
        }
    }
}

/// The dataset's files in `dir`: the skeleton and every CSV, so that a misnamed CSV is reported.
fn read_dir(dir: &str) -> Result<Files, Failure> {
    let entries = std::fs::read_dir(dir).map_err(|e| io_failure(format!("cannot read {dir}: {e}")))?;
    let mut files = Files::new();
    for entry in entries {
        let entry = entry.map_err(|e| io_failure(format!("cannot read {dir}: {e}")))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let wanted = name == columns::SKELETON || name.to_ascii_lowercase().ends_with(".csv");
        if wanted && entry.path().is_file() {
            let bytes = std::fs::read(entry.path())
                .map_err(|e| io_failure(format!("cannot read {}: {e}", entry.path().display())))?;
            files.insert(name, bytes);
        }
    }
    Ok(files)
}

fn import(dir: &str, output: Option<&str>, out: &mut dyn Write, err: &mut dyn Write) -> Result<i32, Failure> {
    let dataset = csv_import::import(&read_dir(dir)?).map_err(|e| Failure::Data(e.to_string()))?;
    let json = to_json(&dataset).map_err(io_failure)?;
    match output {
        Some(path) => {
            write_file(Path::new(path), &json)?;
            let _ = writeln!(err, "ok: wrote {path}: {}", summary(&dataset));
        }
        None => {
            let _ = out.write_all(json.as_bytes());
        }
    }
    Ok(0)
}

fn export(path: &str, dir: &str, out: &mut dyn Write) -> Result<i32, Failure> {
    let dataset = read_dataset(path)?;
    let files = csv_export::export(&dataset).map_err(io_failure)?;
    std::fs::create_dir_all(dir).map_err(|e| io_failure(format!("cannot create {dir}: {e}")))?;
    for (name, text) in files {
        let target = Path::new(dir).join(&name);
        write_file(&target, &text)?;
        let _ = writeln!(out, "wrote {}", target.display());
    }
    Ok(0)
}

fn write_schema(output: Option<&str>, out: &mut dyn Write) -> Result<i32, Failure> {
    let json = schema::to_json().map_err(io_failure)?;
    match output {
        Some(path) => write_file(Path::new(path), &json)?,
        None => {
            let _ = out.write_all(json.as_bytes());
        }
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn parses_commands_and_refuses_stray_arguments() {
        assert_eq!(
            parse(&args("import dir -o x.json")),
            Ok(Command::Import { dir: "dir".into(), output: Some("x.json".into()) })
        );
        assert_eq!(parse(&args("schema")), Ok(Command::Schema { output: None }));
        assert!(parse(&args("check a b")).is_err());
        assert!(parse(&args("check a -o b")).is_err());
        assert!(parse(&args("import dir -o")).is_err());
        assert!(parse(&args("import dir --force")).is_err());
        assert!(parse(&args("frobnicate")).is_err());
        assert!(parse(&[]).is_err());
    }
}
