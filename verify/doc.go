// Package verify cross-checks a rectification case — the report, the ledger
// and the meeting minutes — and reports what does not hold, the third stage
// of zhenggai's pipeline.
//
// Check reads a Case, extracts claims, problem items, meetings and ledger
// rows with package extract into an Input, and runs every Rule of the
// registry (Rules) on it, in the order docs/rules.md lists them. Each rule
// is a file of its own (rule_*.go) that declares its ID, Chinese name,
// severity and the inputs it needs, and checks an Input in memory; Run runs
// the rules on an Input built by hand. Each Finding carries evidence: the
// file, the position (parse.Pos) or sheet and row, and the quoted text it
// rests on. A rule whose inputs are missing (no ledger, no minutes, no
// index) does not run; the Result says which and why (Needs.Missing), and
// the other rules still run. The JSON shapes, verdicts and exit codes are
// in docs/interface.md.
//
// The arithmetic rules read the report alone and are built not to cry wolf:
// a percentage may be truncated rather than rounded, a completion rate may
// count items 基本完成, and a total is checked against its parts only when
// the parts are exclusive (the statuses of problems, new and revised rules).
package verify
