//! Benchmarks for rehearse: bank loading and answer scoring.
//!
//! Run with `cargo bench --bench bench`. Set `REHEARSE_BENCH_QUICK=1` for a short smoke run
//! (fewer iterations, same cases). Arguments (cargo passes `--bench`) are ignored.
//! No benchmarking framework: std::time::Instant and std::hint::black_box only.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use rehearse::bank::{Bank, Category};

#[path = "../tests/common/generated.rs"]
mod generated;
use generated::generated_bank_yaml;
use rehearse::review::{progress, schedule, session_rows};
use rehearse::score::{AnswerContext, score_answer};
use rehearse::session::{
    ManualClock, Mode, Options, ScriptedAnswers, mock_pool, plan_mock, run_session,
};
use rehearse::transcript::{Archive, FORMAT, Transcript, utc_timestamp};
use rehearse::ui::Palette;
use rehearse::ui::review_view::{render_progress, render_session_list};

/// Scoring throughput the scorer should reach on one thread.
const TARGET_ANSWERS_PER_SEC: f64 = 20_000.0;
/// Questions in the generated bank.
const GENERATED_QUESTIONS: usize = 10_000;
/// Saved sessions read by `review`, `progress` and `drill --due`.
const SAVED_SESSIONS: usize = 1_000;
/// What those commands should stay well under.
const TARGET_REVIEW: Duration = Duration::from_millis(500);
/// Size of the large answer.
const LARGE_ANSWER_BYTES: usize = 1024 * 1024;

/// The single answer timed on its own (case 2): a STAR + learning story for `depth_probing`.
const DEPTH_ANSWER: &str = "In my last role I owned the checkout service for an online grocer that handled about 40,000 orders a day. \
In March our payment failure rate had crept up to 4.2 percent, roughly 1,700 failed orders every day, and my manager asked me to get it \
below one percent before the Easter peak, six weeks away. I personally pulled three months of gateway logs and grouped the failures by \
error code, bank and device. The hardest part was that the biggest group, timeouts on one card network, only showed up under load, so \
nobody could reproduce it. I built a small replay tool that fired recorded traffic at staging at twice our peak rate, and found that our \
retry logic was doubling requests whenever the gateway took longer than two seconds. I rewrote the retry policy with backoff and an \
idempotency key, tested it behind a feature flag on five percent of traffic, and then rolled it out over a week. Failures fell from \
4.2 percent to 0.6 percent, which recovered about £31,000 of orders a week. I learned to measure under realistic load before guessing at \
causes, and since then I always build the replay harness first.";

/// About twenty distinct answers of roughly 200 words, cycled through for throughput (case 3).
const ANSWERS: &[(&str, &str)] = &[
    ("depth_probing", DEPTH_ANSWER),
    (
        "depth_probing",
        "The line on my CV about cutting month-end close from nine days to four is mine, though a team of six did the work with me. \
When I joined as finance lead in 2021, the close took nine working days and the board pack usually went out late. My task was to get it \
under five days without adding headcount. I mapped every step on a whiteboard with the accountants and timed each one for two months. \
The hardest part was the intercompany reconciliation, which alone took three days because two subsidiaries used different charts of \
accounts. I wrote the mapping table myself, about 400 lines, and persuaded the two controllers to post to a shared ledger from the first \
of each month. I also moved accruals to a rolling weekly process so nothing waited for the last day. After three cycles the close took \
four days, and the board pack has gone out on time for eighteen months in a row. Audit adjustments dropped from 23 to 5 in the first year. \
Looking back, I would have involved the subsidiary controllers earlier; I spent a month designing something they then had to unpick, and \
now I always start with the people who own the data.",
    ),
    (
        "depth_probing",
        "On my CV I say I raised our primary school's reading scores, so let me be precise about my part. In 2022 I was the \
literacy lead, and only 61 percent of our Year 2 pupils were reading at the expected standard, against 75 percent nationally. The head \
asked me to close that gap within two years. I analysed the phonics screening results pupil by pupil and found that most of the children \
behind had missed the same three sound groups during lockdown. I designed a ten-minute daily catch-up session, trained four teaching \
assistants to run it, and built a tracking sheet so we could see each child's progress every fortnight. The hardest part was timetabling, \
because every minute was already allocated, so I negotiated with each class teacher to take the time from afternoon registration. By the \
summer of 2023, 78 percent of pupils met the standard, and the group that started furthest behind improved the most. I learned that small, \
frequent sessions beat occasional big interventions. Next time I would involve parents from the start, because the children who also \
practised at home moved fastest of all.",
    ),
    (
        "conflict",
        "Two years ago I was the delivery lead on a warehouse system rollout, and our senior engineer, Priya, wanted to delay launch \
by a month to rebuild the stock allocation module. I thought the delay would cost us the peak season contract, worth about £200,000. \
Rather than argue in the stand-up, I asked her privately to walk me through her concerns. She explained that the module failed under \
load and she had the load test results to prove it: at 300 orders a minute, one order in fifty got the wrong stock. I had been looking \
only at the contract date; she was looking at the real risk to customers. We went through the data together and agreed a compromise: \
we would launch on time for our two smallest sites, which never exceed 100 orders a minute, while she rebuilt the module for the large \
sites. I explained the plan to the client and they accepted it. The small sites went live on schedule with zero allocation errors, and \
the large sites followed five weeks later. I learned to ask for the evidence behind a disagreement before defending my own position, \
and I now hold a short risk review with engineers before committing to any date.",
    ),
    (
        "conflict",
        "At my previous company I managed the marketing budget and clashed with the sales director, Tom, about where to spend the \
last £50,000 of the year. He wanted a trade show stand; I wanted to fund a paid search campaign. Our first meeting became heated, so I \
suggested we pause and each bring numbers to a second conversation. I asked him what he expected the show to deliver, and listened. His \
real worry was that his team had no face-to-face contact with two key distributors. I showed him that the last three trade shows had \
produced an average of 12 qualified leads each, while paid search had produced 140 leads a quarter at a third of the cost per lead. He \
showed me that the distributors at that show accounted for 30 percent of revenue. We agreed to split the budget: £15,000 for a smaller \
meeting room at the show, booked only with those distributors, and £35,000 for search. The campaign brought in 190 leads and the \
distributor meetings renewed two contracts worth £400,000. Since then I start budget disagreements by asking what outcome each person \
needs, not which option they prefer.",
    ),
    (
        "conflict",
        "In my last job as a ward sister I disagreed with a consultant, Dr Okafor, about discharging an elderly patient on a Friday \
afternoon. He wanted the bed freed; I was worried that the patient lived alone and had no care package in place until Monday. Instead of \
challenging him in front of the team at the bedside, I asked if we could talk in the office for two minutes. I asked him why Friday \
mattered, and he explained that the emergency department had eleven patients waiting for beds. I understood the pressure, and I explained \
the facts from the patient's side: she had fallen twice that month and the district nurses could not visit until Monday. I proposed that I \
ring the hospital's rapid response team to see if they could cover the weekend. They agreed to visit twice a day, so we discharged her \
safely at six that evening and the bed went to the emergency department. The patient stayed well at home. I learned that most clashes on \
the ward are about different pressures rather than different values, and I now ask about the other person's constraint before I state my own.",
    ),
    (
        "prioritisation",
        "In my last role as an operations analyst, three urgent requests landed on the same Monday: the finance director \
needed a cash forecast for the bank by Wednesday, a regional manager wanted a staffing model, and our CEO asked for a competitor pricing \
review. Before doing anything I rang each of them to ask what the deadline really meant and what would happen if it slipped. The cash \
forecast was tied to a loan covenant, so missing Wednesday could put £2 million of funding at risk. The staffing model depended on data \
that would not arrive until Thursday anyway, and the pricing review was for a board meeting three weeks away. I took this to my manager, \
and we agreed the order together: the forecast first because it had the biggest impact, then the staffing model, then pricing. I emailed \
the regional manager and the CEO's office to explain that their work would move to Thursday and the following week, and why. I delivered \
the forecast on Tuesday afternoon, a day early, the staffing model on Friday, and the pricing review with ten days to spare. Nobody \
escalated, and the bank renewed the facility.",
    ),
    (
        "prioritisation",
        "Last winter I was the only facilities coordinator on a site of 800 staff when, on the same morning, the heating \
failed in one building, a lift got stuck with nobody inside, and the catering team reported a broken freezer holding about £6,000 of stock. \
I first checked with each team how long they could wait. The freezer would stay cold for roughly four hours if kept shut, the lift was out \
of service but nobody was trapped, and the heating failure affected 120 people in a building that was already at 14 degrees. I called my \
manager, explained the risks, and we agreed to put the heating first because it affected the most people and could become a safety issue. \
I told the catering manager the freezer would be fixed by early afternoon and asked her to keep it closed, and I informed the lift company \
that their visit could wait until the next day. The heating engineer had it running by eleven, the freezer was repaired by two with no \
stock lost, and the lift was fixed the following morning. I now keep a simple impact list for each building so these calls are faster.",
    ),
    (
        "prioritisation",
        "When I led a small data team at a logistics company, I came back from leave to find four projects marked urgent and \
only two analysts free. I started by asking each requester what the deadline was tied to and how much depended on it. One report fed a \
regulatory filing due in nine days, with fines of up to £50,000 for late submission. Another was a dashboard for a sales conference, and \
two were internal analyses with no fixed date. I listed the dependencies: the regulatory report needed a data extract that only our \
platform team could run, so it was also the most likely to slip. I met my director, showed her the list, and we agreed that the filing \
came first because missing it carried a fine, then the conference dashboard. I wrote to the owners of the two internal analyses to explain \
that they would slip by three weeks and why, and offered a quick interim summary in the meantime. The filing went in four days early, the \
dashboard was ready for the conference, and both analyses were delivered within the revised dates. The requesters told me the early \
warning mattered more to them than the delay.",
    ),
    (
        "scenario",
        "If a client told me on day one that our new billing system was sending wrong invoices, the first thing I would want to know \
is what the client means by wrong, and what success looks like for them: correct amounts, correct dates, or both. I'd need the data before \
deciding anything, so I would pull a sample of, say, 200 recent invoices and compare them with the contract terms, and I'd ask for any \
complaint tickets from the last month. My first step would be to check whether the errors cluster around one product, one region or the \
date we migrated, because a pattern usually points at a configuration rule rather than a code bug. The risk is fixing the wrong thing and \
creating new errors, so I would test any fix on a copy of last month's billing run and compare the output line by line before touching \
live invoices. I would also keep a rollback plan in case the fix went wrong. I would send the client a short update every afternoon, with \
the number of invoices checked, errors found and corrected, so they could see progress and tell their own finance team. Within a week I \
would expect to know the root cause.",
    ),
    (
        "scenario",
        "Suppose I joined as a store manager and sales had fallen 15 percent year on year. Before changing anything I would want to \
understand what the area manager expects from me and by when, and what I am allowed to change: staffing, layout, or only opening hours. \
I would pull the weekly sales figures for the last two years, broken down by department and hour, and read the customer feedback and \
complaints, because a 15 percent drop could come from one department or from fewer customers overall. I would also talk to the staff who \
have been there longest. My first step would be to pick the single biggest gap, for example weekday evenings if footfall had fallen there, \
and try one change for four weeks, such as moving staff from quiet mornings to the evening peak. The risk is that a change in one area \
hides a problem in another, so I would compare against a similar store as a baseline and change one thing at a time. I would send the area \
manager a weekly note with the numbers, what I tried and what I saw, and after three months we would decide together what to keep.",
    ),
    (
        "scenario",
        "If I were asked to cut our cloud bill by 30 percent in a quarter, I'd start by clarifying the goal: is it 30 percent of the \
total bill or of the compute line, and which services are off-limits because customers depend on them? Then I'd want to know where the \
money actually goes, so I would pull the last six months of billing data, broken down by team, service and environment, and look for trends. \
In most companies I have seen, about a fifth of the spend is idle test environments and oversized databases. As a first step I would turn \
off non-production environments at night and at weekends, which is reversible and usually saves ten to fifteen percent on its own. For \
bigger changes, such as resizing databases, I would test each one in staging, watch error rates and latency for a week, and keep a rollback \
ready, because saving money by breaking checkout would be a terrible trade. I would publish a simple dashboard showing spend per team \
against target and post a short progress update every Friday, so each team could see their own numbers and help find the rest.",
    ),
    (
        "integrity",
        "In my second year as a payroll officer I made a mistake that I still think about. I entered a pay rise for one employee \
against the wrong staff number, so a different colleague with a similar name was overpaid by £1,200 for two months, and the person due \
the rise did not receive it. That was my error: I didn't check the staff number against the name before submitting the batch. It meant one \
person was underpaid and upset, and the other had to repay money she had already spent, which was awkward and stressful for her. As soon as \
I spotted it, I told my manager, explained exactly what had happened, and phoned both employees to apologise in person. We paid the missing \
rise in an emergency run that week and agreed a repayment plan of £100 a month with the colleague who was overpaid. Since then I have \
added a step to our process: every change is checked against both name and staff number by a second person before the batch is approved. \
In the three years since, we have had no mis-keyed changes, and the checklist is now used across the whole payroll team.",
    ),
    (
        "integrity",
        "Early in my career as a project coordinator I promised a client a delivery date without checking with the workshop. I \
got it wrong: the workshop was already booked solid for three weeks, so the custom shelving I had promised for the 5th could not be made \
until the 26th. That was entirely my mistake. It meant the client's shop opening was delayed by a week, and they lost roughly £8,000 of \
expected sales. I rang the client the same day, explained that I had committed to a date I had not checked, and apologised. I then worked \
with the workshop manager to find a partial solution: we built the front-of-shop units first, so they could open with 60 percent of the \
shelving in place, and we covered the cost of the fitters' extra visit, about £900. The client stayed with us and has ordered twice since. \
From then on I never give a date until the workshop has confirmed capacity in writing, and I set up a shared booking calendar so everyone \
in sales can see the real lead times before talking to customers. Missed delivery dates in our team fell from about one a month to two in a year.",
    ),
    (
        "integrity",
        "When I was a junior analyst I sent a board report with a formula error in it. I had copied a revenue column across from \
an older spreadsheet and I did not check the totals, so the report overstated quarterly revenue by £340,000. It was my error, nobody \
else's. The consequence was serious: the finance director had already quoted the figure to two board members before I spotted the \
mistake the next morning. I went straight to her, showed her the wrong cell and the correct figure, and offered to write the correction \
note myself. She sent the corrected report that afternoon with a short explanation, and the chair thanked her for catching it quickly. It \
was an uncomfortable conversation and it cost me some credibility for a few months. Since then I changed how I build reports: every \
figure now links back to the source system rather than to a copy, and I reconcile the totals against the ledger before anything leaves my \
desk. I also started asking a colleague to review any report going to the board. I have sent over 40 board reports since then without a \
single correction.",
    ),
    (
        "salary",
        "Based on my research, including two salary guides and about fifteen comparable job postings in London, the market range for \
a senior product designer with my experience is £68,000 to £78,000 base. I've also spoken to two recruiters who specialise in design roles, \
and their figures were in the same band. Given that this role includes leading two junior designers, I would expect to sit in the upper \
half of that range. That said, base salary is only part of the picture for me. I would want to understand the whole package: the bonus \
scheme, pension contributions, any equity or share options, the holiday allowance, and how flexible the hybrid working arrangement is, \
since I currently work from home three days a week. A strong package with a slightly lower base could work well for me. I would rather not \
commit to a single number today, before I know more about the full offer. If you are able to share the budgeted range and the details of \
the benefits, I would be very happy to look at everything properly and come back to you within a couple of days.",
    ),
    (
        "salary",
        "Thank you for being open about the budget; I appreciate it. I have to be honest that £52,000 is below what I was expecting. \
I looked at market data for similar roles, including the ONS figures and three salary guides, and for a finance business partner in \
Manchester with my five years of experience the range is roughly £55,000 to £62,000. I don't want to turn anything down on the spot, \
because there is a lot I like about this role and the team. Could you tell me more about the rest of the package? In particular I would \
want to know about the annual bonus, the pension contribution, the holiday allowance, and whether there is a training budget, since I am \
partway through my CIMA qualification. If the base is fixed, a salary review after six months or study support could help to bridge that \
gap. I would also like to see the whole offer in writing. Is there flexibility on any of those points? If so, I would like to take a day or \
two to look at it properly, discuss it with my partner, and get back to you by Friday with a clear answer.",
    ),
    (
        "red_flag",
        "You have noticed a nine-month gap on my CV, and I am happy to explain it. In 2022 I left my job as an account manager \
after my father became seriously ill, because I was his main carer and could not give the role the attention it needed. I decided to \
resign rather than keep letting my clients down, and I told my manager the real reason at the time. During those months I spent most days \
managing his care, but I also completed a part-time course in data analysis, about six hours a week, because I wanted to keep my skills \
current. My father recovered well by the spring, and I started looking for work again in May. Looking back, I learned a lot about \
managing competing priorities under pressure, and about asking for help early instead of trying to carry everything alone. I now use \
the spreadsheet skills from that course every week; in my current contract role I built a simple tracker that cut our monthly reporting \
time from two days to half a day. I am fully available now, and this role is exactly the kind of account work I want to build a career in.",
    ),
    (
        "red_flag",
        "I left my last job after eleven months, which I know is short, and the honest reason is that I took the role without asking \
enough questions about it. I was offered a sales operations position and assumed it would be mostly analysis, but about 70 percent of the \
work turned out to be manual data entry. That was my misjudgement rather than the company's fault; the job description was accurate and I \
read too much into it. I raised it with my manager after three months, and we agreed I could take on a forecasting project alongside my \
other work. I built a forecasting model that improved accuracy from about 65 percent to 88 percent, which I am proud of, but the core of \
the role was never going to change, so I decided to move on once the project was finished and handed over properly. What I learned is to \
ask much more specific questions before accepting a role, such as what a typical week looks like and how time is actually split. That is \
why I asked you earlier about the balance between analysis and reporting in this position.",
    ),
    (
        "red_flag",
        "My biggest weakness is that I have found it hard to delegate. In my last role as a team leader of five, I kept the most \
complex client accounts for myself because I assumed it was quicker than explaining them. The result was that I regularly worked until \
eight in the evening, two of my team were not developing, and when I was off sick for a week in 2023, three client deadlines were missed \
because nobody else knew the accounts. That was a wake-up call and it was down to me. Since then I have been working on it deliberately. I \
made a list of every account I held and handed over two of the complex ones, spending an hour a week coaching the people who took them on. \
I also started writing a short handover note for every account, so the knowledge is not only in my head. Within six months both colleagues \
were running their accounts independently, one was promoted, and my own hours came down to a normal day. I still catch myself wanting to \
keep hard work, so I now review my workload every Friday and ask what someone else could learn from.",
    ),
];

/// A paragraph repeated to make the 1 MB answer.
const LARGE_PARAGRAPH: &str = "I rewrote the retry policy with backoff and an idempotency key, tested it behind a feature flag on five \
percent of traffic, and failures fell from 4.2 percent to 0.6 percent within a week. ";

struct Row {
    name: String,
    runs: usize,
    mean: Duration,
    median: Duration,
    p95: Duration,
    throughput: String,
}

impl Row {
    fn new(name: &str, samples: &mut [Duration], throughput: String) -> Row {
        assert!(!samples.is_empty(), "no samples for {name}");
        samples.sort_unstable();
        let total: Duration = samples.iter().sum();
        let n = samples.len();
        let median = if n % 2 == 1 {
            samples[n / 2]
        } else {
            (samples[n / 2 - 1] + samples[n / 2]) / 2
        };
        // Nearest-rank 95th percentile.
        let p95 = samples[((n * 95).div_ceil(100)).clamp(1, n) - 1];
        Row {
            name: name.to_owned(),
            runs: n,
            mean: total / n as u32,
            median,
            p95,
            throughput,
        }
    }

    fn print(&self) {
        let line = format!(
            "{:<36} {:>7} runs   mean {:>9}   median {:>9}   p95 {:>9}   {}",
            self.name,
            group(self.runs as u64),
            fmt_duration(self.mean),
            fmt_duration(self.median),
            fmt_duration(self.p95),
            self.throughput
        );
        println!("{}", line.trim_end());
    }
}

/// Three significant figures in a unit that suits the value.
fn fmt_duration(d: Duration) -> String {
    let ns = d.as_nanos() as f64;
    let (value, unit) = if ns < 1e3 {
        (ns, "ns")
    } else if ns < 1e6 {
        (ns / 1e3, "µs")
    } else if ns < 1e9 {
        (ns / 1e6, "ms")
    } else {
        (ns / 1e9, "s")
    };
    let decimals = if value >= 100.0 {
        0
    } else if value >= 10.0 {
        1
    } else {
        2
    };
    format!("{value:.decimals$} {unit}")
}

/// 12345678 -> "12,345,678".
fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn per_second(count: f64, elapsed: Duration) -> f64 {
    count / elapsed.as_secs_f64()
}

/// Times `f` `runs` times after `warmup` untimed calls; one sample per call.
fn time_each<T>(runs: usize, warmup: usize, mut f: impl FnMut() -> T) -> Vec<Duration> {
    for _ in 0..warmup {
        black_box(f());
    }
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect()
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Writes `count` transcripts of scripted six-question mocks into `dir`, one day apart, and
/// returns their total size in bytes.
fn write_sessions(bank: &Bank, dir: &std::path::Path, count: usize) -> usize {
    std::fs::create_dir_all(dir).expect("create the sessions dir");
    let pool = mock_pool(bank);
    let options = Options {
        think_seconds: 0,
        follow_ups: 1,
        ask_candidate_questions: true,
    };
    // A handful of distinct sessions, written many times under new ids and dates.
    let records: Vec<_> = (0..10u64)
        .map(|seed| {
            let plan = plan_mock(&pool, 6, seed);
            let answers = (0..20)
                .map(|i| Some(ANSWERS[(seed as usize + i) % ANSWERS.len()].1.to_owned()))
                .collect();
            let clock = ManualClock::new();
            let mut source = ScriptedAnswers::new(answers, clock.clone());
            run_session(&plan, Mode::Mock, &options, &mut source, &clock, &mut ())
                .expect("a scripted session runs")
        })
        .collect();
    let mut bytes = 0;
    for i in 0..count {
        let at = std::time::UNIX_EPOCH + Duration::from_secs(1_700_000_000 + i as u64 * 86_400);
        let transcript = Transcript {
            format: FORMAT,
            rehearse_version: env!("CARGO_PKG_VERSION").to_owned(),
            id: format!("{i:06x}"),
            started_at: utc_timestamp(at),
            banks: vec![],
            session: records[i % records.len()].clone(),
        };
        let yaml = serde_yaml::to_string(&transcript).expect("a transcript serialises");
        bytes += yaml.len();
        std::fs::write(dir.join(format!("{:010}-{i:06x}.yaml", i)), yaml)
            .expect("write a transcript");
    }
    bytes
}

fn main() {
    // Cargo passes `--bench`; any other arguments are ignored as well.
    let quick = std::env::var("REHEARSE_BENCH_QUICK").is_ok_and(|v| !v.is_empty() && v != "0");
    let pick = |full: usize, short: usize| if quick { short } else { full };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());

    println!(
        "rehearse benchmarks ({cores} core{}){}",
        if cores == 1 { "" } else { "s" },
        if quick {
            " [quick mode: REHEARSE_BENCH_QUICK]"
        } else {
            ""
        }
    );

    let bank = Bank::default_bank().expect("the default bank loads");
    let category = |id: &str| -> &Category {
        bank.category(id)
            .unwrap_or_else(|| panic!("category {id} is in the default bank"))
    };
    // One context per answer, each with a real question from its category.
    let contexts: Vec<AnswerContext<'_>> = ANSWERS
        .iter()
        .enumerate()
        .map(|(i, (id, _))| {
            let c = category(id);
            AnswerContext::new(c, Some(c.questions[i % c.questions.len()].text.as_str()))
        })
        .collect();
    let depth_ctx = contexts[0];

    let word_counts: Vec<usize> = ANSWERS.iter().map(|(_, a)| words(a)).collect();
    let min_words = *word_counts.iter().min().unwrap_or(&0);
    let max_words = *word_counts.iter().max().unwrap_or(&0);
    let mean_words = word_counts.iter().sum::<usize>() as f64 / word_counts.len() as f64;
    println!(
        "answers: {} distinct over 7 categories, {min_words}-{max_words} words (mean {mean_words:.0}), {} with non-ASCII text (£); single answer: {} words, {} bytes",
        ANSWERS.len(),
        ANSWERS.iter().filter(|(_, a)| !a.is_ascii()).count(),
        words(DEPTH_ANSWER),
        DEPTH_ANSWER.len()
    );
    println!();

    let mut rows = Vec::new();

    // 0. The first score in a process pays for building the scorer's regexes (a CLI pays it once).
    let start = Instant::now();
    black_box(score_answer(black_box(DEPTH_ANSWER), &depth_ctx));
    let cold = start.elapsed();
    rows.push(Row::new(
        "score 1st answer, cold (regex init)",
        &mut [cold],
        String::new(),
    ));

    // 1. Load and validate the whole embedded default bank.
    let mut samples = time_each(pick(200, 20), 3, || {
        Bank::default_bank().expect("default bank")
    });
    let questions = bank.question_count();
    let row = Row::new("load default bank", &mut samples, String::new());
    let q_rate = per_second(questions as f64, row.mean);
    rows.push(Row {
        throughput: format!(
            "{} questions/s ({questions} questions)",
            group(q_rate as u64)
        ),
        ..row
    });

    // 2. Latency of one ~200-word depth_probing answer.
    let mut samples = time_each(pick(5_000, 300), 50, || {
        score_answer(black_box(DEPTH_ANSWER), &depth_ctx)
    });
    let row = Row::new("score 1 answer (~200 words)", &mut samples, String::new());
    let rate = per_second(1.0, row.mean);
    rows.push(Row {
        throughput: format!("{} answers/s", group(rate as u64)),
        ..row
    });

    // 3. Throughput: 10,000 answers on one thread, cycling through the distinct answers.
    let batch = pick(10_000, 2_000);
    let batches = pick(3, 1);
    for i in 0..ANSWERS.len() * 5 {
        black_box(score_answer(
            ANSWERS[i % ANSWERS.len()].1,
            &contexts[i % ANSWERS.len()],
        ));
    }
    let mut per_answer = Vec::with_capacity(batch * batches);
    let mut wall = Duration::ZERO;
    let mut score_sum = 0u64;
    for _ in 0..batches {
        let batch_start = Instant::now();
        for i in 0..batch {
            let k = i % ANSWERS.len();
            let start = Instant::now();
            let score = score_answer(black_box(ANSWERS[k].1), &contexts[k]);
            per_answer.push(start.elapsed());
            score_sum += u64::from(black_box(score).score);
        }
        wall += batch_start.elapsed();
    }
    let answers_done = (batch * batches) as f64;
    let throughput = per_second(answers_done, wall);
    rows.push(Row::new(
        &format!("score {} answers (per answer)", group(batch as u64)),
        &mut per_answer,
        format!("{} answers/s", group(throughput as u64)),
    ));

    // 4. One 1 MB answer.
    let large = LARGE_PARAGRAPH.repeat(LARGE_ANSWER_BYTES.div_ceil(LARGE_PARAGRAPH.len()));
    let mut samples = time_each(pick(5, 1), pick(1, 0), || {
        score_answer(black_box(&large), &depth_ctx)
    });
    let row = Row::new("score 1 answer of 1 MB", &mut samples, String::new());
    let mb_rate = per_second(large.len() as f64 / 1e6, row.mean);
    rows.push(Row {
        throughput: format!("{mb_rate:.2} MB/s ({} words)", group(words(&large) as u64)),
        ..row
    });

    // 5. A user bank of 10,000 questions (parsed on top of the default bank, as `--bank` does).
    let dir = std::env::temp_dir().join(format!("rehearse-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create the temp dir");
    let path: PathBuf = dir.join("generated.yaml");
    let yaml = generated_bank_yaml(GENERATED_QUESTIONS);
    std::fs::write(&path, &yaml).expect("write the generated bank");
    let paths = [path];
    let loaded = Bank::load(&paths).expect("the generated bank loads");
    assert_eq!(loaded.question_count(), questions + GENERATED_QUESTIONS);
    let mut samples = time_each(pick(20, 3), 1, || {
        Bank::load(&paths).expect("generated bank")
    });
    let row = Row::new(
        &format!(
            "load bank of {} questions",
            group(GENERATED_QUESTIONS as u64)
        ),
        &mut samples,
        String::new(),
    );
    let rate = per_second(GENERATED_QUESTIONS as f64, row.mean);
    let file_mb = yaml.len() as f64 / 1e6;
    rows.push(Row {
        throughput: format!("{} questions/s ({file_mb:.1} MB file)", group(rate as u64)),
        ..row
    });
    let _ = std::fs::remove_dir_all(&dir);

    // 6. 1,000 saved six-question mocks (with follow-ups), read the way the commands do.
    let dir = std::env::temp_dir().join(format!("rehearse-bench-sessions-{}", std::process::id()));
    let bytes = write_sessions(&bank, &dir, pick(SAVED_SESSIONS, 200));
    // The first read after the sessions were written parses every transcript and writes the
    // index; later reads take digests from the index.
    let index = dir.join(".index.json");
    let mut samples = time_each(pick(3, 1), 0, || {
        let _ = std::fs::remove_file(&index);
        Archive::load(&dir).expect("the sessions load")
    });
    let sessions = Archive::load(&dir)
        .expect("the sessions load")
        .sessions
        .len();
    rows.push(Row::new(
        &format!("index {} new sessions (first read)", group(sessions as u64)),
        &mut samples,
        format!("{:.0} MB of YAML", bytes as f64 / 1e6),
    ));
    let mut review_times = Vec::new();
    type Command = dyn Fn(&Archive) -> String;
    let commands: [(&str, &Command); 3] = [
        ("review: list", &|a| {
            render_session_list(&session_rows(a), 0, &Palette::plain())
        }),
        ("progress", &|a| {
            render_progress(&progress(a, None), false, &Palette::plain())
        }),
        ("drill --due: schedule", &|a| {
            format!("{}", schedule(a).due(u64::MAX, None).len())
        }),
    ];
    for (name, run) in commands {
        let mut samples = time_each(pick(20, 3), 1, || {
            let archive = Archive::load(&dir).expect("the sessions load");
            black_box(run(&archive))
        });
        let row = Row::new(
            &format!("{name} ({} sessions)", group(sessions as u64)),
            &mut samples,
            "read through the index".to_owned(),
        );
        review_times.push(row.mean);
        rows.push(row);
    }
    let _ = std::fs::remove_dir_all(&dir);

    for row in &rows {
        row.print();
    }
    let slowest = review_times.iter().max().copied().unwrap_or_default();
    println!(
        "\nreview, progress and drill --due over {} sessions: slowest {} ({} target {})",
        group(sessions as u64),
        fmt_duration(slowest),
        if slowest <= TARGET_REVIEW {
            "within the"
        } else {
            "OVER the"
        },
        fmt_duration(TARGET_REVIEW)
    );

    println!();
    let verdict = if throughput >= TARGET_ANSWERS_PER_SEC {
        format!(
            "met ({:.1}x the target)",
            throughput / TARGET_ANSWERS_PER_SEC
        )
    } else {
        format!(
            "MISSED: {:.1}x too slow ({:.0}% of target)",
            TARGET_ANSWERS_PER_SEC / throughput,
            100.0 * throughput / TARGET_ANSWERS_PER_SEC
        )
    };
    println!(
        "target: scoring >= {} answers/s on one thread: {} answers/s, {verdict}",
        group(TARGET_ANSWERS_PER_SEC as u64),
        group(throughput as u64)
    );
    println!(
        "(mean score over the batch: {:.1}, a sanity check that answers were scored)",
        score_sum as f64 / answers_done
    );
}
