// Package verify cross-checks a rectification case — the report, the ledger
// and the meeting minutes — and reports what does not hold, the third stage
// of zhenggai's pipeline.
//
// Check reads a Case, extracts claims, problem items, meetings and ledger
// rows with package extract, and runs every rule of the contract's table
// (RuleIDs). Each Finding carries evidence: the file, page or sheet and
// row, character offsets and the quoted text it rests on. A rule whose
// inputs are missing (no ledger, no minutes, no index) does not run; the
// Result says which and why, and the other rules still run.
//
// The arithmetic rules read the report alone and are built not to cry wolf:
// a percentage may be truncated rather than rounded, a completion rate may
// count items 基本完成, and a total is checked against its parts only when
// the parts are exclusive (the statuses of problems, new and revised rules).
package verify
