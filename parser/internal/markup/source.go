package markup

import "unicode/utf8"

// DecodeHTML returns an HTML page as UTF-8, as ReadHTML reads it and
// numbers its lines: data itself when it is UTF-8, else decoded from the
// charset its BOM or <meta> declares (windows-1252 when none does).
func DecodeHTML(data []byte) ([]byte, error) {
	if utf8.Valid(data) {
		return data, nil
	}
	return decodeHTML(data)
}
