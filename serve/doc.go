// Package serve is `zhenggai serve`: the inspection office's web application
// and JSON API over a data folder, with no other server to install.
//
// # Pages
//
// Server-rendered (html/template, plain CSS, one small optional script for
// the upload's progress bar; nothing is fetched from elsewhere):
//
//	/                upload a case: several files, a case folder, or one .zip;
//	                 optional unit, round, feedback date, as-of date
//	/cases           the cases with their verdicts, newest first
//	/cases/{id}      while the check runs, a page that refreshes every second;
//	                 then the check's HTML report (verify.Result.WriteHTML)
//	                 with a bar of downloads
//	/cases/{id}/result.json, result.html, result.xlsx   the downloads
//	/cases/{id}/manage  add files and check again (补充材料), rename, delete;
//	                 each recorded in DIR/audit.jsonl (record.go)
//	/search          every indexed report, minutes and ledger: words,
//	                 "phrases", filters (kind, unit, dates), facets, highlighted
//	                 fragments, paging
//	/rounds          the inspection rounds (cases grouped by case.json's or
//	                 the form's round), and the upload of a whole round: one
//	                 .zip whose top folders are each a case folder
//	/rounds/{round}  a round: its units × verdict × high/medium/low ×
//	                 claimed against ledger completion × the five
//	                 checkpoints, with SVG charts; round.xlsx its export
//	/units/{unit}    a unit's cases round by round, with their verdicts and
//	                 the problems carried over (history.recurrence)
//	/login           the access token, when ZHENGGAI_TOKEN is set; a user's
//	                 name and password once accounts exist (accounts.go)
//	/logout, /audit  with accounts: logging out; the audit log (管理 only)
//
// A checked case's page also shows its reviews (review.go): how many
// findings are reviewed, each finding's state (属实 / 误报 / 待补充材料,
// by whom, when, the note) and history, a form for a reviewer; a finding
// marked 误报 stays, greyed. The downloads carry the reviews.
//
// # JSON API
//
//	POST /api/cases        multipart: the field "files" repeated, each part's
//	                       filename its place in the case folder
//	                       (minutes/2020-06-10.docx), or one .zip of a case
//	                       folder; optional fields unit, round, feedback_date,
//	                       as_of (over case.json's, with its bounds: see
//	                       docs/interface.md). 201 with
//	                       {"id", "verdict", "summary", "findings", "not_run", "url"}
//	                       once the case and its result are on disk.
//	GET  /api/cases        {"total": N, "cases": [{"id", "created", "status",
//	                       "unit", "round", "verdict", "summary", "files"}]}
//	GET  /api/cases/{id}   check's JSON (case, claims, findings, summary,
//	                       not_run) with id, status, created, files, verdict
//	GET  /api/search       ?q=&kind=&unit=&from=&to=&limit=&offset= →
//	                       {"total", "hits", "facets"} (docs/interface.md)
//	POST /api/cases/{id}/reviews  {"finding", "verdict", "note"}: a review
//	GET  /api/cases/{id}/reviews  the counts, each finding's state, the history
//	POST /api/rounds       a whole round: one .zip whose top folders are each
//	                       a case folder; optional round, as_of,
//	                       feedback_date. 202 with {"cases": [{"id",
//	                       "folder", "unit", "round", "url"}], "url"}; the
//	                       cases are checked in the background
//	GET  /api/rounds       {"total", "rounds": [{"round", "cases", …}]}
//	GET  /api/rounds/{round}  the round's figures (docs/interface.md)
//	GET  /healthz          {"status": "ok"}, never needs the token
//
// Errors are {"error": "…"}: 400 a malformed request or file name, 401 a
// missing or wrong token, 403 a cross-site post or a missing form token, 404,
// 405, 413 over a limit (body size, file count, unpacked size), 415 a file
// that is not a document of a case, 422 a case that cannot be checked (no
// report, unreadable report), 421 a Host that is not a loopback name when no
// token is set, 503 too many checks waiting or shutting down. The error's
// text is one line of valid UTF-8 of bounded length; a 500's details go to
// the log only.
//
// # Storage
//
// The data folder (--data, default ./zhenggai-data) holds blobs/ (uploaded
// files named by their SHA-256), cases/ID/ (manifest.json, result.json,
// result.html, result.xlsx) and index/ (bleve). Every file is written to a
// temporary name, synced, renamed and its folder synced. An API upload is
// checked first and stored after, its manifest last; it is answered only
// once all of it is on disk, so after a crash every case that was answered
// is there. A page upload is stored (files, then manifest) before it is
// checked in the background; cases stored but not checked when the process
// ended are checked when it starts again, and folders without a manifest
// (never acknowledged) are removed, with the blobs no stored case refers to.
// Checked cases missing from the index (a crash between the two, an index
// rebuilt) are indexed again in the background, each in a worker's slot.
// tmp/ is emptied at start-up, an upload's folder there is removed when its
// request ends, and a sweep every minute removes what no request uses. One process at a time may use a data
// folder (a lock file). users.json holds the accounts (package account),
// audit.jsonl the audit log and cases/ID/review.jsonl a case's reviews
// (package audit: appended and synced line by line, a torn last line cut
// on open).
//
// # Safety
//
// It listens on 127.0.0.1:8080 by default and refuses a non-loopback address
// without ZHENGGAI_TOKEN; without the token it serves only requests whose
// Host is a loopback name (localhost, 127.0.0.1, [::1]), so that a page of
// another site cannot reach it by making its name resolve to 127.0.0.1 (DNS
// rebinding). With the token set every request but /healthz
// needs "Authorization: Bearer <token>" or the login page's cookie (HttpOnly,
// SameSite=Strict, an HMAC of the token, not the token). Uploads are bounded
// (body size, file count, the bytes a .zip and the DOCX/XLSX/OFD files unpack
// to, counted as read); names are checked and never become paths (no ..,
// absolute paths, backslashes, drive letters, control characters); files
// are stored by hash. Every piece of user text is escaped by html/template
// or by the report renderer; search fragments keep only their <mark> tags.
// Form posts carry a double-submit token, and cross-site posts are refused
// (http.CrossOriginProtection); the page after login is a path of this
// site. Read-header, read (a body sent slowly is cut), write and idle
// timeouts, a bound on connections served at once (256), a bounded pool of
// check workers, searches whose regexps, wildcards and fuzzy words are
// bounded and stop when their request ends, and on SIGTERM a graceful
// shutdown in which running checks finish.
//
// Once the data folder has a user, accounts replace the shared token (which
// still works, as an admin, for the API): a session cookie (random,
// HttpOnly, SameSite=Lax, Secure over TLS or --behind-proxy) or a user's
// API token; each route needs a role (reading 查看, uploading and reviewing
// 复核, every other change and the audit log 管理); failed logins are
// slowed per user and per address; uploads, reviews, renames, deletions
// and logins go to the audit log before the request is answered.
//
// # README section
//
// The text below is meant for the project's README:
//
//	## The web application: `zhenggai serve`
//
//	    zhenggai serve [--addr 127.0.0.1:8080] [--data ./zhenggai-data]
//	                   [--workers N] [--max-upload-mb 64] [--max-files 200]
//	                   [--max-unpacked-mb 200]
//
//	Open http://127.0.0.1:8080/, pick a case's files (or its folder, or a .zip
//	of it), and read the verdict and the findings with their evidence, as
//	check's HTML report shows them; download it as JSON, HTML or Excel. The
//	case list keeps every case and its verdict; the search page searches every
//	report, minutes and ledger uploaded, with filters and facets.
//
//	Everything lives in the data folder: the uploaded files (named by their
//	SHA-256), each case's result, and the search index. To open the service to
//	other machines, set an access token; serve refuses a non-loopback address
//	without one:
//
//	    ZHENGGAI_TOKEN=$(openssl rand -hex 16) zhenggai serve --addr 0.0.0.0:8080
//
//	(put it behind a TLS proxy: the token travels in every request).
//
//	The JSON API, with curl:
//
//	    # check a case: each file's name is its place in the case folder
//	    curl -sS -H "Authorization: Bearer $ZHENGGAI_TOKEN" \
//	      -F 'files=@report.pdf;filename=report.pdf' \
//	      -F 'files=@ledger.xlsx;filename=ledger.xlsx' \
//	      -F 'files=@minutes/2020-06-10.pdf;filename=minutes/2020-06-10.pdf' \
//	      -F unit=中共某市某局党组 -F feedback_date=2020-05-20 -F as_of=2020-12-31 \
//	      http://127.0.0.1:8080/api/cases
//	    # → 201 {"id": "20250301T101500-3f9a0c1d2e4b", "verdict": "paper-rectification-suspected",
//	    #        "summary": {...}, "findings": [...], "not_run": [...], "url": "/cases/…"}
//
//	    # or one .zip of the case folder
//	    zip -r case.zip CASE_DIR
//	    curl -sS -F 'files=@case.zip' http://127.0.0.1:8080/api/cases
//
//	    curl -sS http://127.0.0.1:8080/api/cases                 # every case, newest first
//	    curl -sS http://127.0.0.1:8080/api/cases/20250301T101500-3f9a0c1d2e4b   # one case: check's JSON
//	    curl -sS -G http://127.0.0.1:8080/api/search \
//	      --data-urlencode 'q=整改工作会议' -d kind=report -d from=2020-01-01 -d to=2020-12-31
//	    curl -sS http://127.0.0.1:8080/healthz                   # {"status": "ok"}, no token needed
//
//	Errors come as {"error": "…"} with a 4xx or 5xx status: 413 for an upload
//	over the limits (--max-upload-mb, --max-files, --max-unpacked-mb for what
//	a .zip or an Office file unpacks to), 415 for a file that is not a report,
//	ledger or minutes, 422 for a case without a readable report, 401 for a
//	missing or wrong token. A rejected upload leaves nothing behind.
//
//	On SIGTERM (or Ctrl-C) serve stops taking requests and lets running checks
//	finish. A case that was answered is on disk, even if the machine loses
//	power a moment later; a case uploaded through the page and not yet checked
//	is checked when serve starts again.
package serve
