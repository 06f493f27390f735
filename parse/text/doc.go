// Package text is parse's reader of plain text and Markdown, and the
// decoding of text files that other readers share: Decode recognises
// UTF-8, UTF-16 (with or without a byte-order mark) and GB18030/GBK, the
// encodings Chinese office files are saved in.
package text
