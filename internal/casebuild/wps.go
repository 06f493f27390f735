package casebuild

import (
	"archive/zip"
	"bytes"
	"io"
	"time"
)

// AsWPS rewrites a DOCX's document properties as WPS Office writes them:
// docProps/app.xml names WPS Office, docProps/custom.xml carries the
// KSOProductBuildVer and ICV properties (added, with their content type and
// relationship, where the DOCX has none), and every member is stored as
// saved at one fixed time.
func AsWPS(docx []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><Pages>3</Pages><Words>0</Words><Characters>0</Characters><Lines>0</Lines><Paragraphs>0</Paragraphs><TotalTime>0</TotalTime><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>0</CharactersWithSpaces><Application>WPS Office_12.1.0.17827_F1E327BC-269C-435d-A152-05C5408002CA</Application><DocSecurity>0</DocSecurity></Properties>`
	const custom = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.17827</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>8E3A1C5D0B2F4A6E9C7D1B3F5A2E4C6D_12</vt:lpwstr></property></Properties>`
	saved := time.Date(2024, 9, 2, 16, 41, 8, 0, time.Local)
	hasCustom := false
	for _, f := range zr.File {
		if f.Name == "docProps/custom.xml" {
			hasCustom = true
		}
	}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		switch f.Name {
		case "docProps/app.xml":
			data = []byte(app)
		case "docProps/custom.xml":
			data = []byte(custom)
		case "[Content_Types].xml":
			if !hasCustom {
				data = bytes.Replace(data, []byte("</Types>"), []byte(`<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>`), 1)
			}
		case "_rels/.rels":
			if !hasCustom {
				data = bytes.Replace(data, []byte("</Relationships>"), []byte(`<Relationship Id="rIdWpsCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>`), 1)
			}
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: saved})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(data); err != nil {
			return nil, err
		}
	}
	if !hasCustom {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: "docProps/custom.xml", Method: zip.Deflate, Modified: saved})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(custom)); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
