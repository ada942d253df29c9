//! `fstbuild INPUT OUTPUT`: reads `key<TAB>value` lines (keys in byte order, values u64) and writes
//! them as one `fst` map. It is the one step of `contrib/lexicon/build.py` that needs the `fst` crate
//! itself, so that claimcheck reads the very format this writes. Not here: anything about French.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::process::ExitCode;

fn run(input: &str, output: &str) -> Result<u64, String> {
    let reader = BufReader::new(File::open(input).map_err(|e| format!("{input}: {e}"))?);
    let out = File::create(output).map_err(|e| format!("{output}: {e}"))?;
    let mut map = fst::MapBuilder::new(BufWriter::new(out)).map_err(|e| format!("{output}: {e}"))?;
    let mut n = 0;
    for (i, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| format!("{input}:{}: {e}", i + 1))?;
        let (key, value) = line
            .rsplit_once('\t')
            .ok_or_else(|| format!("{input}:{}: no tab in the line", i + 1))?;
        let value: u64 = value
            .parse()
            .map_err(|e| format!("{input}:{}: value {value:?}: {e}", i + 1))?;
        map.insert(key, value)
            .map_err(|e| format!("{input}:{}: key {key:?}: {e}", i + 1))?;
        n += 1;
    }
    let mut w = map.into_inner().map_err(|e| format!("{output}: {e}"))?;
    w.flush().map_err(|e| format!("{output}: {e}"))?;
    Ok(n)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let [_, input, output] = args.as_slice() else {
        eprintln!("usage: fstbuild INPUT.tsv OUTPUT.fst");
        return ExitCode::from(2);
    };
    match run(input, output) {
        Ok(n) => {
            eprintln!("{output}: {n} keys");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("fstbuild: {e}");
            ExitCode::FAILURE
        }
    }
}
