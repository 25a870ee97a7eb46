package py

// The built-in exception classes the core does not define: the remaining warning categories and
// UnicodeTranslateError.
var (
	// SyntaxWarningType is SyntaxWarning.
	SyntaxWarningType = excType("SyntaxWarning", WarningType)
	// FutureWarningType is FutureWarning.
	FutureWarningType = excType("FutureWarning", WarningType)
	// PendingDeprecationWarningType is PendingDeprecationWarning.
	PendingDeprecationWarningType = excType("PendingDeprecationWarning", WarningType)
	// ImportWarningType is ImportWarning.
	ImportWarningType = excType("ImportWarning", WarningType)
	// UnicodeWarningType is UnicodeWarning.
	UnicodeWarningType = excType("UnicodeWarning", WarningType)
	// BytesWarningType is BytesWarning.
	BytesWarningType = excType("BytesWarning", WarningType)
	// ResourceWarningType is ResourceWarning.
	ResourceWarningType = excType("ResourceWarning", WarningType)
	// EncodingWarningType is EncodingWarning.
	EncodingWarningType = excType("EncodingWarning", WarningType)
	// UnicodeTranslateErrorType is UnicodeTranslateError.
	UnicodeTranslateErrorType = excType("UnicodeTranslateError", UnicodeErrorType)
)

func init() {
	for _, typ := range []*Type{SyntaxWarningType, FutureWarningType, PendingDeprecationWarningType,
		ImportWarningType, UnicodeWarningType, BytesWarningType, ResourceWarningType, EncodingWarningType,
		UnicodeTranslateErrorType} {
		RegisterBuiltinValue(typ.Name, typ)
	}
}
