//! Verbs that describe concrete steps, with their forms. Kept as data so the rules that use
//! them stay short and a reader can see exactly which words count.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// Concrete-step verbs: `base` or `base|irregular past`. Regular forms are generated.
const ACTION_VERBS: &[&str] = &[
    "add",
    "adjust",
    "agree",
    "analyse",
    "analyze",
    "apologise",
    "apologize",
    "approach",
    "arrange",
    "ask",
    "assess",
    "audit",
    "automate",
    "benchmark",
    "book",
    "break|broke",
    "brief",
    "bring|brought",
    "build|built",
    "calculate",
    "call",
    "cancel",
    "challenge",
    "change",
    "chase",
    "check",
    "choose|chose",
    "clarify",
    "coach",
    "collect",
    "commission",
    "compare",
    "configure",
    "confirm",
    "contact",
    "coordinate",
    "correct",
    "cover",
    "create",
    "cut|cut",
    "decide",
    "delegate",
    "demo",
    "deploy",
    "design",
    "document",
    "draft",
    "draw|drew",
    "email",
    "escalate",
    "estimate",
    "evaluate",
    "explain",
    "fit",
    "fix",
    "flag",
    "follow",
    "gather",
    "give|gave",
    "go|went",
    "hand",
    "hire",
    "identify",
    "implement",
    "inform",
    "install",
    "interview",
    "introduce",
    "investigate",
    "invite",
    "label",
    "launch",
    "lead|led",
    "list",
    "load",
    "log",
    "look",
    "map",
    "measure",
    "meet|met",
    "mentor",
    "message",
    "migrate",
    "model",
    "monitor",
    "move",
    "negotiate",
    "notify",
    "observe",
    "offer",
    "open",
    "order",
    "organise",
    "organize",
    "pair",
    "pause",
    "phone",
    "pilot",
    "place",
    "protect",
    "reassure",
    "escalate",
    "plan",
    "post",
    "prepare",
    "present",
    "prioritise",
    "prioritize",
    "propose",
    "pull",
    "push",
    "put|put",
    "raise",
    "rank",
    "re-run|re-ran",
    "rerun|reran",
    "recalculate",
    "recommend",
    "reconcile",
    "record",
    "recruit",
    "redesign",
    "redo|redid",
    "refuse",
    "reorganise",
    "replace",
    "reply",
    "report",
    "reproduce",
    "request",
    "research",
    "reschedule",
    "resequence",
    "respond",
    "restructure",
    "review",
    "rewrite|rewrote",
    "ring|rang",
    "roll",
    "run|ran",
    "scan",
    "schedule",
    "segment",
    "send|sent",
    "set|set",
    "shadow",
    "share",
    "ship",
    "show",
    "simplify",
    "sit|sat",
    "sketch",
    "sort",
    "source",
    "speak|spoke",
    "split|split",
    "spot-check",
    "stand|stood",
    "standardise",
    "study",
    "switch",
    "trace",
    "retest",
    "retrain",
    "price",
    "quote",
    "block",
    "keep|kept",
    "hold|held",
    "buy|bought",
    "volunteer",
    "enrol",
    "apply",
    "refund",
    "honour",
    "recall",
    "remove",
    "rework",
    "start",
    "stop",
    "streamline",
    "suggest",
    "summarise",
    "survey",
    "swap",
    "take|took",
    "talk",
    "teach|taught",
    "tell|told",
    "test",
    "text",
    "track",
    "train",
    "trial",
    "trigger",
    "update",
    "use",
    "validate",
    "verify",
    "visit",
    "walk",
    "warn",
    "write|wrote",
];

/// How a word relates to a verb of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    /// "check", "checks": present or after a modal ("I'd check").
    Base,
    /// "checked", "rang".
    Past,
    /// Same spelling in both ("put", "set", "cut").
    BaseOrPast,
}

/// FNV-1a: every word of every answer is looked up here, and the default hasher, built to
/// resist crafted keys, costs more than the lookup is worth for a fixed list of verbs.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

type Forms = HashMap<String, VerbForm, BuildHasherDefault<Fnv>>;

static FORMS: LazyLock<Forms> = LazyLock::new(|| {
    let mut forms = Forms::default();
    for entry in ACTION_VERBS {
        let (base, irregular) = match entry.split_once('|') {
            Some((b, p)) => (b, Some(p)),
            None => (*entry, None),
        };
        forms.insert(base.to_owned(), VerbForm::Base);
        forms.insert(third_person(base), VerbForm::Base);
        match irregular {
            Some(past) if past == base => {
                forms.insert(base.to_owned(), VerbForm::BaseOrPast);
            }
            Some(past) => {
                forms.insert(past.to_owned(), VerbForm::Past);
            }
            None => {
                for past in regular_pasts(base) {
                    forms.entry(past).or_insert(VerbForm::Past);
                }
            }
        }
    }
    forms
});

fn third_person(base: &str) -> String {
    if base.ends_with('s')
        || base.ends_with("sh")
        || base.ends_with("ch")
        || base.ends_with('x')
        || base.ends_with('o')
    {
        format!("{base}es")
    } else if let Some(stem) = base
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        format!("{stem}ies")
    } else {
        format!("{base}s")
    }
}

/// Regular past forms, with British and American doubling both accepted.
fn regular_pasts(base: &str) -> Vec<String> {
    if base.ends_with('e') {
        return vec![format!("{base}d")];
    }
    if let Some(stem) = base
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        return vec![format!("{stem}ied")];
    }
    let mut out = vec![format!("{base}ed")];
    let chars: Vec<char> = base.chars().collect();
    if chars.len() >= 3 {
        let [a, b, c] = [
            chars[chars.len() - 3],
            chars[chars.len() - 2],
            chars[chars.len() - 1],
        ];
        let vowel = |x: char| "aeiou".contains(x);
        let short_stressed = !vowel(a) && vowel(b) && !vowel(c) && !"wxy".contains(c);
        // British spelling doubles a final l after a vowel: trialled, labelled, cancelled.
        let british_l = vowel(b) && c == 'l';
        if short_stressed || british_l {
            out.push(format!("{base}{c}ed"));
        }
    }
    out
}

/// The form of `word` (lowercase) if it is one of the action verbs.
pub fn action_verb_form(word: &str) -> Option<VerbForm> {
    FORMS.get(word).copied().or_else(|| {
        // "rebuilt", "re-ran", "reorganised": a repeated step is still a step.
        let rest = word
            .strip_prefix("re-")
            .or_else(|| word.strip_prefix("re"))?;
        (rest.len() >= 3)
            .then(|| FORMS.get(rest).copied())
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generates_forms() {
        assert_eq!(action_verb_form("checked"), Some(VerbForm::Past));
        assert_eq!(action_verb_form("mapped"), Some(VerbForm::Past));
        assert_eq!(action_verb_form("trialled"), Some(VerbForm::Past));
        assert_eq!(action_verb_form("trialed"), Some(VerbForm::Past));
        assert_eq!(action_verb_form("rang"), Some(VerbForm::Past));
        assert_eq!(action_verb_form("emailed"), Some(VerbForm::Past));
        assert_eq!(action_verb_form("put"), Some(VerbForm::BaseOrPast));
        assert_eq!(action_verb_form("checks"), Some(VerbForm::Base));
        assert_eq!(action_verb_form("prioritised"), Some(VerbForm::Past));
        assert_eq!(action_verb_form("carried"), None);
        assert_eq!(action_verb_form("rebuilt"), Some(VerbForm::Past));
        assert_eq!(action_verb_form("re-tested"), Some(VerbForm::Past));
    }
}
