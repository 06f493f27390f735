// Command gen rebuilds the case folders of testdata/cases-cf from the plain-text
// sources in src/ and the ledgers written in ledgers.go (see ../README.md).
//
//	cd testdata/cases-cf/gen && go run . [CASE ...]
//
// A source src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT as in cases-bc's generator
// (.docx and .wps.docx through LibreOffice, .pdf via DOCX, .png/.jpg the first page
// photographed at 150 dpi, .html in a county website's frame). A photographed page
// named in tilt is then turned a little (degrees, clockwise), as a phone held askew
// takes it; a .jpg is photographed at 200 dpi, a .png at 150.
// case.json and expected.json are written by hand in each case folder.
package main

import (
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

var soffice = casebuild.NewOffice("casescf")

// tilt holds, by output path relative to the cases folder, the angle a photo is turned.
var tilt = map[string]float64{
	"03-qiaotou-xiang-cunji/minutes/乡党委会议纪要0508.png":      1.2,
	"05-hexi-zhen-xinwen/minutes/IMG_20250513_101522.jpg": -1.5,
	"05-hexi-zhen-xinwen/minutes/IMG_20250619_153048.jpg": 0.8,
	"08-baishi-xiang-wenze/minutes/微信图片_20250520.jpg":     1.0,
}

func main() {
	b := casebuild.Builder{
		Office:  soffice,
		Targets: map[string]string{".docx": "docx:MS Word 2007 XML"},
		Site:    sitePage,
	}
	hi := b
	hi.Office.PhotoDPI = 200
	casebuild.Main(func(src, out string) error {
		bd := b
		if strings.HasSuffix(out, ".jpg") {
			bd = hi
		}
		if err := bd.Build(src, out); err != nil {
			return err
		}
		for rel, deg := range tilt {
			if strings.HasSuffix(filepath.ToSlash(out), rel) {
				return turn(out, deg)
			}
		}
		return nil
	}, ledgers)
}

// turn rotates the image at path by deg degrees about its centre, white around.
func turn(path string, deg float64) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	src, _, err := image.Decode(f)
	f.Close()
	if err != nil {
		return err
	}
	r := src.Bounds()
	dst := image.NewGray(r)
	cx, cy := float64(r.Dx())/2, float64(r.Dy())/2
	s, c := math.Sin(deg*math.Pi/180), math.Cos(deg*math.Pi/180)
	for y := 0; y < r.Dy(); y++ {
		for x := 0; x < r.Dx(); x++ {
			dx, dy := float64(x)-cx, float64(y)-cy
			sx, sy := int(c*dx+s*dy+cx), int(-s*dx+c*dy+cy)
			if sx < 0 || sy < 0 || sx >= r.Dx() || sy >= r.Dy() {
				dst.SetGray(x, y, color.Gray{Y: 255})
				continue
			}
			dst.Set(x, y, src.At(r.Min.X+sx, r.Min.Y+sy))
		}
	}
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	defer out.Close()
	if strings.HasSuffix(path, ".jpg") {
		return jpeg.Encode(out, dst, &jpeg.Options{Quality: 85})
	}
	return png.Encode(out, dst)
}

var ledgers = map[string]func(dir string) error{}

// sitePage sets a news story in the county government website's frame.
func sitePage(_, text string) string {
	head := `<div class="top"><a href="/">首页</a> | <a href="/xwzx/">新闻中心</a> | <a href="/xzdt/">乡镇动态</a> | <a href="/xxgk/">信息公开</a></div>
<div class="loc">当前位置：首页 &gt; 新闻中心 &gt; 乡镇动态</div>
<div class="info">发布时间：2025-07-21　来源：河西镇　作者：钱蓓　浏览次数：418</div>
`
	foot := `<div class="foot">主办：沅桥县人民政府办公室　承办：沅桥县融媒体中心<br>网站标识码：4331270009　ICP备案号：沅ICP备15006721号-1</div>
`
	return casebuild.InFrame(casebuild.ToHTML(text), head, foot)
}
