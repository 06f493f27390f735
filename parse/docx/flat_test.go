package docx_test

import (
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/parse/docx"
	"github.com/zhenggai/zhenggai/parse/internal/parsetest"
)

const wordXML = "../../testdata/wordxml/"

// TestWordXMLReadsAsDOCX: the same document saved by LibreOffice as DOCX,
// as Word 2003 XML (also under a .doc name, as office systems export it)
// and laid out as a flat package (scripts/wordxmlfixtures) reads the same:
// paragraphs, heading levels, list numbers and tables.
func TestWordXMLReadsAsDOCX(t *testing.T) {
	ref, err := parse.ParseFile(context.Background(), wordXML+"report.docx", parse.Options{})
	require.NoError(t, err)
	require.NotEmpty(t, ref.Tables)
	for _, name := range []string{"word2003.xml", "oa-export.doc", "flat-package.xml"} {
		t.Run(name, func(t *testing.T) {
			doc, err := parse.ParseFile(context.Background(), wordXML+name, parse.Options{})
			require.NoError(t, err)
			assert.Equal(t, parse.FormatWordXML, doc.Format)
			assert.Equal(t, ref.Title, doc.Title)
			assert.Equal(t, parsetest.Paras(ref), parsetest.Paras(doc))
			require.Len(t, doc.Tables, len(ref.Tables))
			for i := range ref.Tables {
				assert.Equal(t, parsetest.TableRows(ref.Tables[i]), parsetest.TableRows(doc.Tables[i]))
			}
			parsetest.CheckOffsets(t, doc)
		})
	}
}

// word2003 is a Word 2003 XML document as Word writes one: list numbers in
// Chinese counting (w:nfc 37) with the label Word drew in wx:t, a heading
// style defined inline, document properties whose text is no text of the
// document.
const word2003 = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xmlns:o="urn:schemas-microsoft-com:office:office">
<o:DocumentProperties><o:Title>模板标题</o:Title><o:Author>办公室</o:Author></o:DocumentProperties>
<w:styles><w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style></w:styles>
<w:lists>
<w:listDef w:listDefId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:nfc w:val="37"/><w:lvlText w:val="%1、"/></w:lvl></w:listDef>
<w:listDef w:listDefId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:nfc w:val="37"/><w:lvlText w:val="（%1）"/></w:lvl></w:listDef>
<w:list w:ilfo="1"><w:ilst w:val="0"/></w:list>
<w:list w:ilfo="2"><w:ilst w:val="1"/></w:list>
</w:lists>
<w:body><wx:sect>
<w:p><w:r><w:t>关于巡察反馈问题整改情况的报告</w:t></w:r></w:p>
<wx:sub-section>
<w:p><w:pPr><w:pStyle w:val="2"/><w:listPr><w:ilvl w:val="0"/><w:ilfo w:val="1"/><wx:t wx:val="一、"/></w:listPr></w:pPr><w:r><w:t>整改工作开展情况</w:t></w:r></w:p>
<w:p><w:r><w:t>反馈问题</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>12个</w:t></w:r><w:r><w:t>，已完成整改10个。</w:t></w:r></w:p>
<w:p><w:pPr><w:listPr><w:ilvl w:val="0"/><w:ilfo w:val="2"/></w:listPr></w:pPr><w:r><w:t>召开党委会议4次。</w:t></w:r></w:p>
<w:p><w:pPr><w:listPr><w:ilvl w:val="0"/><w:ilfo w:val="2"/></w:listPr></w:pPr><w:r><w:t>建立制度3项。</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>问题</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>状态</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>制度不健全</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>已完成</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
</wx:sub-section>
<w:sectPr><w:hdr w:type="odd"><w:p><w:r><w:t>页眉文字</w:t></w:r></w:p></w:hdr></w:sectPr>
</wx:sect></w:body></w:wordDocument>`

func TestWord2003(t *testing.T) {
	doc, err := parse.Parse(context.Background(), "report.doc", []byte(word2003), parse.Options{})
	require.NoError(t, err)
	assert.Equal(t, parse.FormatWordXML, doc.Format)
	paras := parsetest.Paras(doc)
	var texts []string
	for _, p := range paras {
		texts = append(texts, p.Text)
	}
	assert.Equal(t, []string{
		"关于巡察反馈问题整改情况的报告",
		"一、整改工作开展情况",
		"反馈问题12个，已完成整改10个。",
		"（一）召开党委会议4次。",
		"（二）建立制度3项。",
	}, texts)
	require.Len(t, doc.Tables, 1)
	assert.Equal(t, [][]string{{"问题", "状态"}, {"制度不健全", "已完成"}}, parsetest.TableRows(doc.Tables[0]))
	assert.NotContains(t, doc.Text(), "模板标题")
	assert.NotContains(t, doc.Text(), "页眉文字")
	parsetest.CheckOffsets(t, doc)
}

// TestWordXMLDamaged: a flat package without its main part, XML cut short,
// and XML that is no Word document are refused, naming why.
func TestWordXMLDamaged(t *testing.T) {
	noDoc, err := os.ReadFile(wordXML + "flat-no-document.xml")
	require.NoError(t, err)
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"flat package without its document", noDoc, parse.ErrCorrupt},
		{"cut short", []byte(word2003[:len(word2003)/2]), parse.ErrCorrupt},
		{"another XML vocabulary", []byte(`<?xml version="1.0"?><?mso-application progid="Word.Document"?><root/>`), parse.ErrUnsupported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parse.Parse(context.Background(), "report.doc", tt.data, parse.Options{})
			assert.ErrorIs(t, err, tt.want)
		})
	}
}

func TestLooksXML(t *testing.T) {
	tests := []struct {
		head string
		want bool
	}{
		{word2003[:200], true},
		{`<?xml version="1.0"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">`, true},
		{`<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">`, true},
		{`<?xml version="1.0"?><workbook/>`, false},
		{`<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook/>`, false},
		{"整改报告 progid=\"Word.Document\"", false},
	}
	for _, tt := range tests {
		t.Run(tt.head, func(t *testing.T) {
			assert.Equal(t, tt.want, docx.LooksXML([]byte(tt.head)))
		})
	}
}

func FuzzParseWordXML(f *testing.F) {
	parsetest.AddSeeds(f, "wordxml/*.xml")
	f.Add([]byte(word2003))
	f.Fuzz(func(t *testing.T, data []byte) { parsetest.FuzzRead(t, docx.ReadXML, parse.FormatWordXML, data) })
}

// TestWord2003Notes: a footnote written in the run that cites it, a comment,
// a deletion and a bullet Word drew in wx:t are no text of the document; an
// insertion is (review of session 10).
func TestWord2003Notes(t *testing.T) {
	doc := `<?xml version="1.0" encoding="UTF-8"?><?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xmlns:aml="http://schemas.microsoft.com/aml/2001/core"><w:body>
<w:p><w:r><w:t>审计发现问题16个</w:t></w:r><w:r><w:footnote><w:p><w:r><w:t>其中4个为上年度遗留问题。</w:t></w:r></w:p></w:footnote></w:r><w:r><w:t>，已完成整改13个。</w:t></w:r>
<w:r><aml:annotation w:type="Word.Comment" aml:id="1"><aml:content><w:p><w:r><w:t>此处应为已完成14个</w:t></w:r></w:p></aml:content></aml:annotation></w:r></w:p>
<w:p><aml:annotation w:type="Word.Deletion" aml:id="2"><aml:content><w:r><w:t>原稿删去的话。</w:t></w:r></aml:content></aml:annotation><aml:annotation w:type="Word.Insertion" aml:id="3"><aml:content><w:r><w:t>修订后加入的话。</w:t></w:r></aml:content></aml:annotation></w:p>
<w:p><w:pPr><w:listPr><w:ilvl w:val="0"/><w:ilfo w:val="9"/><wx:t wx:val="·"/></w:listPr></w:pPr><w:r><w:t>建立制度3项。</w:t></w:r></w:p>
</w:body></w:wordDocument>`
	d, err := parse.Parse(context.Background(), "report.doc", []byte(doc), parse.Options{})
	require.NoError(t, err)
	var texts []string
	for _, p := range parsetest.Paras(d) {
		texts = append(texts, p.Text)
	}
	assert.Equal(t, []string{"审计发现问题16个，已完成整改13个。", "修订后加入的话。", "建立制度3项。"}, texts)
}
