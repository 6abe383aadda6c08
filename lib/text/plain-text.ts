// What a field of plain text typed or sent by a person may not contain: markup (anything
// tag-like) and control characters (C0 but tab and line feed, DEL, C1). NUL in particular
// cannot be stored in PostgreSQL text at all. Shared by every input schema. Pure.

/** `<` followed by a letter, `/letter`, `!` or `?`: the start of a tag, comment or declaration. "<5%" and "a < b" do not match. */
export const HTML_TAG_PATTERN = /<(?:\/?[a-z]|[!?])/i;

/** C0 controls except \t and \n (\r is folded into \n first), DEL and C1 controls. */
export const CONTROL_PATTERN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Any C0 control including tab and line breaks: for one-line values such as names and URLs. */
export const LINE_CONTROL_PATTERN = /[\u0000-\u001F\u007F-\u009F]/;
