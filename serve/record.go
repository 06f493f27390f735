package serve

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// fileAudit is the record of what users did to the cases (rename, delete,
// re-check with added files): one JSON object a line, appended.
const fileAudit = "audit.jsonl"

// recordMu keeps the lines of one process whole and in order.
var recordMu sync.Mutex

// auditLine is one line of audit.jsonl.
type auditLine struct {
	Time   time.Time `json:"time"`
	Action string    `json:"action"`
	Case   string    `json:"case"`
	Detail string    `json:"detail,omitempty"`
	// Remote is the address the request came from.
	Remote string `json:"remote,omitempty"`
}

// record appends one line for an action on a case to DIR/audit.jsonl
// (opened for appending, synced before it returns). A failure to write
// it is logged: the action it records is already done.
func (s *Server) record(r *http.Request, action, caseID, detail string) {
	line, err := json.Marshal(auditLine{Time: time.Now().UTC(), Action: action, Case: caseID, Detail: detail, Remote: r.RemoteAddr})
	if err != nil {
		s.cfg.Logf("zhenggai serve: audit record: %v", err)
		return
	}
	recordMu.Lock()
	defer recordMu.Unlock()
	p := filepath.Join(s.store.dir, fileAudit)
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o640)
	if err == nil {
		_, err = f.Write(append(line, '\n'))
		if serr := f.Sync(); err == nil {
			err = serr
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		s.cfg.Logf("zhenggai serve: audit record %s %s: %v", action, caseID, err)
	}
}
