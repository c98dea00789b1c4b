#include "Cypher.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>

namespace sb {

namespace {

bool ieq(const std::string &a, const char *b) {
    size_t n = strlen(b);
    if (a.size() != n) return false;
    for (size_t k = 0; k < n; k++)
        if (tolower((unsigned char)a[k]) != tolower((unsigned char)b[k])) return false;
    return true;
}

std::string lower(std::string s) {
    for (auto &c : s) c = (char)tolower((unsigned char)c);
    return s;
}

// Reads an escaped string body starting after the opening quote.
bool readQuoted(const std::string &s, size_t &i, char q, std::string &out) {
    while (i < s.size()) {
        char c = s[i++];
        if (c == q) return true;
        if (c == '\\' && i < s.size()) {
            char n = s[i++];
            switch (n) {
            case 'a': out.push_back('\a'); break;
            case 'b': out.push_back('\b'); break;
            case 'f': out.push_back('\f'); break;
            case 'n': out.push_back('\n'); break;
            case 'r': out.push_back('\r'); break;
            case 't': out.push_back('\t'); break;
            case 'v': out.push_back('\v'); break;
            case '\\': out.push_back('\\'); break;
            case '\'': out.push_back('\''); break;
            case '"': out.push_back('"'); break;
            case '?': out.push_back('?'); break;
            default: out.push_back('\\'); out.push_back(n); break;
            }
            continue;
        }
        out.push_back(c);
    }
    return false;
}

// ---------------------------------------------------------------------------
// Parameter parser
// ---------------------------------------------------------------------------

struct PP {
    const std::string &s;
    size_t i = 0;
    void ws() { while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) i++; }
    bool name(std::string &out) {
        if (i < s.size() && s[i] == '`') {
            size_t e = s.find('`', i + 1);
            if (e == std::string::npos) return false;
            out = s.substr(i + 1, e - i - 1);
            i = e + 1;
            return true;
        }
        if (i >= s.size() || !(isalpha((unsigned char)s[i]) || s[i] == '_')) return false;
        size_t b = i;
        while (i < s.size() && (isalnum((unsigned char)s[i]) || s[i] == '_')) i++;
        out = s.substr(b, i - b);
        return true;
    }
    bool word(const char *w) {
        size_t n = strlen(w);
        if (i + n > s.size()) return false;
        for (size_t k = 0; k < n; k++)
            if (tolower((unsigned char)s[i + k]) != w[k]) return false;
        if (i + n < s.size() && (isalnum((unsigned char)s[i + n]) || s[i + n] == '_')) return false;
        i += n;
        return true;
    }
    bool value(Value &out, int depth = 0) {
        if (depth > 100) return false;
        ws();
        if (i >= s.size()) return false;
        char c = s[i];
        if (c == '\'' || c == '"') {
            i++;
            std::string str;
            if (!readQuoted(s, i, c, str)) return false;
            out = Value::str(std::move(str));
            return true;
        }
        if (c == '[') {
            i++;
            Arr a;
            ws();
            if (i < s.size() && s[i] == ']') { i++; out = Value::array(std::move(a)); return true; }
            while (true) {
                Value v;
                if (!value(v, depth + 1)) return false;
                a.push_back(std::move(v));
                ws();
                if (i < s.size() && s[i] == ',') { i++; continue; }
                if (i < s.size() && s[i] == ']') { i++; break; }
                return false;
            }
            out = Value::array(std::move(a));
            return true;
        }
        if (c == '{') {
            i++;
            MapV m;
            ws();
            if (i < s.size() && s[i] == '}') { i++; out = Value::map(std::move(m)); return true; }
            while (true) {
                ws();
                std::string k;
                if (!name(k)) return false;
                ws();
                if (i >= s.size() || s[i] != ':') return false;
                i++;
                Value v;
                if (!value(v, depth + 1)) return false;
                bool replaced = false;
                for (auto &kv : m)
                    if (kv.first == k) { kv.second = v; replaced = true; }
                if (!replaced) m.emplace_back(k, std::move(v));
                ws();
                if (i < s.size() && s[i] == ',') { i++; continue; }
                if (i < s.size() && s[i] == '}') { i++; break; }
                return false;
            }
            out = Value::map(std::move(m));
            return true;
        }
        if (word("true")) { out = Value::boolean(true); return true; }
        if (word("false")) { out = Value::boolean(false); return true; }
        if (word("null")) { out = Value(); return true; }
        // number
        size_t b = i;
        if (s[i] == '-') i++;
        size_t digits = i;
        while (i < s.size() && isdigit((unsigned char)s[i])) i++;
        bool isFloat = false;
        if (i < s.size() && s[i] == '.') {
            isFloat = true;
            i++;
            size_t fd = i;
            while (i < s.size() && isdigit((unsigned char)s[i])) i++;
            if (fd == i) return false;  // "1." is rejected
        }
        if (i == digits) return false;
        if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
            isFloat = true;
            i++;
            if (i < s.size() && (s[i] == '+' || s[i] == '-')) i++;
            size_t ed = i;
            while (i < s.size() && isdigit((unsigned char)s[i])) i++;
            if (ed == i) return false;
        }
        if (digits == i || (!isFloat && i == digits)) return false;
        std::string num = s.substr(b, i - b);
        if (isFloat) out = Value::dbl(strtod(num.c_str(), nullptr));
        else out = Value::integer(strtoll(num.c_str(), nullptr, 10));
        return true;
    }
};

}  // namespace

size_t parseParams(const std::string &q, Params &out) {
    PP p{q};
    size_t start = 0;
    while (true) {
        p.i = start;
        p.ws();
        if (!p.word("cypher")) break;
        Params local;
        bool ok = true;
        bool any = false;
        while (true) {
            p.ws();
            size_t save = p.i;
            std::string n;
            if (!p.name(n)) { p.i = save; break; }
            p.ws();
            if (p.i >= q.size() || q[p.i] != '=') { p.i = save; break; }
            p.i++;
            Value v;
            if (!p.value(v)) { ok = false; break; }
            local[n] = v;
            any = true;
        }
        if (!ok) return start;  // give up silently (like v4.16): the Cypher parser reports the error
        (void)any;
        for (auto &kv : local) out[kv.first] = kv.second;
        start = p.i;
    }
    p.i = start;
    p.ws();
    return p.i;
}

// ---------------------------------------------------------------------------
// Lexer
// ---------------------------------------------------------------------------

namespace {

enum class TK { End, Ident, QIdent, Int, Float, Str, Param, Punct };

struct Tok {
    TK k = TK::End;
    std::string s;
    size_t b = 0, e = 0;
    int64_t iv = 0;
    double dv = 0;
};

class Parser {
public:
    explicit Parser(const std::string &src) : q(src) { lex(); }

    Statement statement() {
        Statement st;
        st.text = q;
        if (isKw(0, "CREATE") && (isKw(1, "INDEX") || isKw(1, "FULLTEXT") || isKw(1, "VECTOR") || isKw(1, "RANGE"))) {
            st.isIndexOp = true;
            st.index = indexOp(true);
        } else if (isKw(0, "DROP")) {
            st.isIndexOp = true;
            st.index = indexOp(false);
        } else {
            while (!at(TK::End)) {
                if (isP(";")) { pos++; if (!at(TK::End)) fail("Error: query with more than one statement is not supported."); break; }
                st.clauses.push_back(clause());
            }
            if (st.clauses.empty()) throw QueryError("Error: empty query.");
        }
        if (!at(TK::End)) syntax("end of input");
        return st;
    }

private:
    const std::string &q;
    std::vector<Tok> toks;
    size_t pos = 0;

    [[noreturn]] void fail(const std::string &m) { throw QueryError(m); }

    [[noreturn]] void syntaxAt(size_t off, const std::string &expected) {
        // errMsg: Invalid input 'X': expected ... line: L, column: C, offset: O errCtx: <line> errCtxOffset: K
        size_t line = 1, lineStart = 0;
        for (size_t k = 0; k < off && k < q.size(); k++)
            if (q[k] == '\n') { line++; lineStart = k + 1; }
        size_t lineEnd = q.find('\n', lineStart);
        if (lineEnd == std::string::npos) lineEnd = q.size();
        std::string ctx = q.substr(lineStart, lineEnd - lineStart);
        size_t col = off - lineStart + 1;
        std::string ch = off < q.size() ? std::string(1, q[off]) : std::string();
        char buf[256];
        std::string msg = "errMsg: Invalid input '" + ch + "': expected " + expected;
        snprintf(buf, sizeof buf, " line: %zu, column: %zu, offset: %zu errCtx: ", line, col, off);
        msg += buf;
        msg += ctx;
        snprintf(buf, sizeof buf, " errCtxOffset: %zu", off - lineStart);
        msg += buf;
        throw QueryError(msg);
    }
    [[noreturn]] void syntax(const std::string &expected) { syntaxAt(toks[pos].b, expected); }

    // ---- lexing
    void lex() {
        size_t i = 0;
        const size_t n = q.size();
        while (true) {
            // whitespace & comments
            while (i < n) {
                if (isspace((unsigned char)q[i])) { i++; continue; }
                if (q[i] == '/' && i + 1 < n && q[i + 1] == '/') { while (i < n && q[i] != '\n') i++; continue; }
                if (q[i] == '/' && i + 1 < n && q[i + 1] == '*') {
                    size_t e = q.find("*/", i + 2);
                    i = e == std::string::npos ? n : e + 2;
                    continue;
                }
                break;
            }
            Tok t;
            t.b = i;
            if (i >= n) { t.k = TK::End; t.e = i; toks.push_back(t); return; }
            char c = q[i];
            if (isalpha((unsigned char)c) || c == '_' || (unsigned char)c >= 0x80) {
                while (i < n && (isalnum((unsigned char)q[i]) || q[i] == '_' || (unsigned char)q[i] >= 0x80)) i++;
                t.k = TK::Ident;
                t.s = q.substr(t.b, i - t.b);
            } else if (c == '`') {
                size_t e = q.find('`', i + 1);
                if (e == std::string::npos) syntaxAt(i, "a closing backtick");
                t.k = TK::QIdent;
                t.s = q.substr(i + 1, e - i - 1);
                i = e + 1;
            } else if (c == '$') {
                i++;
                if (i < n && q[i] == '`') {
                    size_t e = q.find('`', i + 1);
                    if (e == std::string::npos) syntaxAt(i, "a closing backtick");
                    t.s = q.substr(i + 1, e - i - 1);
                    i = e + 1;
                } else {
                    size_t b = i;
                    while (i < n && (isalnum((unsigned char)q[i]) || q[i] == '_')) i++;
                    if (b == i) syntaxAt(b, "a parameter name");
                    t.s = q.substr(b, i - b);
                }
                t.k = TK::Param;
            } else if (c == '\'' || c == '"') {
                i++;
                if (!readQuoted(q, i, c, t.s)) syntaxAt(t.b, "a closing quote");
                t.k = TK::Str;
            } else if (isdigit((unsigned char)c) || (c == '.' && i + 1 < n && isdigit((unsigned char)q[i + 1]))) {
                size_t b = i;
                bool isFloat = false;
                if (c == '0' && i + 1 < n && (q[i + 1] == 'x' || q[i + 1] == 'X')) {
                    i += 2;
                    while (i < n && isxdigit((unsigned char)q[i])) i++;
                } else {
                    while (i < n && isdigit((unsigned char)q[i])) i++;
                    if (i < n && q[i] == '.' && i + 1 < n && isdigit((unsigned char)q[i + 1])) {
                        isFloat = true;
                        i++;
                        while (i < n && isdigit((unsigned char)q[i])) i++;
                    }
                    if (i < n && (q[i] == 'e' || q[i] == 'E')) {
                        size_t save = i;
                        i++;
                        if (i < n && (q[i] == '+' || q[i] == '-')) i++;
                        if (i < n && isdigit((unsigned char)q[i])) {
                            isFloat = true;
                            while (i < n && isdigit((unsigned char)q[i])) i++;
                        } else {
                            i = save;
                        }
                    }
                }
                std::string num = q.substr(b, i - b);
                errno = 0;
                if (isFloat) {
                    t.k = TK::Float;
                    t.dv = strtod(num.c_str(), nullptr);
                    if (errno == ERANGE) fail("Float overflow '" + num + "'");
                } else {
                    t.k = TK::Int;
                    t.iv = strtoll(num.c_str(), nullptr, 0);
                    if (errno == ERANGE) fail("Integer overflow '" + num + "'");
                }
                t.s = num;
            } else {
                static const char *multi[] = {"<>", "<=", ">=", "->", "<-", "..", "=~", "+=", "!="};
                t.k = TK::Punct;
                bool found = false;
                for (const char *m : multi) {
                    if (q.compare(i, 2, m) == 0) {
                        // "<-" followed by a digit is "less than minus"
                        if (std::string(m) == "<-" && i + 2 < n && (isdigit((unsigned char)q[i + 2]) || q[i + 2] == ' ')) continue;
                        t.s = m;
                        i += 2;
                        found = true;
                        break;
                    }
                }
                if (!found) { t.s = std::string(1, c); i++; }
            }
            t.e = i;
            toks.push_back(t);
        }
    }

    // ---- token helpers
    const Tok &cur() const { return toks[pos]; }
    const Tok &peek(size_t k) const { return toks[std::min(pos + k, toks.size() - 1)]; }
    bool at(TK k) const { return cur().k == k; }
    bool isP(const char *p, size_t k = 0) const { return peek(k).k == TK::Punct && peek(k).s == p; }
    bool isKw(size_t k, const char *w) const { return peek(k).k == TK::Ident && ieq(peek(k).s, w); }
    bool kw(const char *w) { if (isKw(0, w)) { pos++; return true; } return false; }
    void expectKw(const char *w) { if (!kw(w)) syntax(std::string("'") + w + "'"); }
    bool p(const char *s) { if (isP(s)) { pos++; return true; } return false; }
    void expectP(const char *s, const char *what = nullptr) {
        if (!p(s)) syntax(what ? what : (std::string("'") + s + "'"));
    }
    std::string ident(const char *what = "an identifier") {
        if (at(TK::Ident) || at(TK::QIdent)) return toks[pos++].s;
        syntax(what);
    }
    size_t prevEnd() const { return pos ? toks[pos - 1].e : 0; }

    ExprP mk(EK k, size_t b) { auto e = std::make_shared<Expr>(); e->k = k; e->b = b; return e; }
    ExprP fin(ExprP e) { e->e = prevEnd(); return e; }

    bool clauseStart() const {
        static const char *kws[] = {"MATCH", "OPTIONAL", "UNWIND", "WITH", "RETURN", "CREATE", "MERGE",
                                    "SET", "DELETE", "DETACH", "REMOVE", "CALL", "ON", "UNION", "FOREACH"};
        for (auto w : kws)
            if (isKw(0, w)) return true;
        return false;
    }

    // ---- clauses
    Clause clause() {
        Clause c;
        c.b = cur().b;
        if (kw("OPTIONAL")) {
            expectKw("MATCH");
            c.k = CK::Match;
            c.optional = true;
            c.paths = patternList();
            if (kw("WHERE")) c.where = expr();
        } else if (kw("MATCH")) {
            c.k = CK::Match;
            c.paths = patternList();
            if (kw("WHERE")) c.where = expr();
        } else if (kw("UNWIND")) {
            c.k = CK::Unwind;
            c.expr = expr();
            expectKw("AS");
            c.alias = ident("an identifier");
        } else if (kw("WITH")) {
            c.k = CK::With;
            projection(c);
            if (kw("WHERE")) c.where = expr();
        } else if (kw("RETURN")) {
            c.k = CK::Return;
            projection(c);
        } else if (kw("CREATE")) {
            c.k = CK::Create;
            if (isKw(0, "CONSTRAINT")) fail("Invalid constraint command use the GRAPH.CONSTRAINT command instead");
            c.paths = patternList();
        } else if (kw("MERGE")) {
            c.k = CK::Merge;
            c.paths.push_back(pattern());
            while (isKw(0, "ON")) {
                pos++;
                if (kw("CREATE")) { expectKw("SET"); setItems(c.onCreate); }
                else if (kw("MATCH")) { expectKw("SET"); setItems(c.onMatch); }
                else syntax("'CREATE' or 'MATCH'");
            }
        } else if (kw("SET")) {
            c.k = CK::Set;
            setItems(c.sets);
        } else if (kw("DETACH")) {
            expectKw("DELETE");
            c.k = CK::Delete;
            c.detach = true;
            do { c.dels.push_back(expr()); } while (p(","));
        } else if (kw("DELETE")) {
            c.k = CK::Delete;
            do { c.dels.push_back(expr()); } while (p(","));
        } else if (kw("REMOVE")) {
            c.k = CK::Remove;
            do {
                SetItem it;
                std::string v = ident("an identifier");
                if (p(".")) {
                    it.kind = SetItem::Prop;
                    it.var = v;
                    it.prop = ident("a property key name");
                } else if (isP(":")) {
                    it.kind = SetItem::Labels;
                    it.var = v;
                    while (p(":")) it.labels.push_back(ident("a label"));
                } else {
                    syntax("'.' or ':'");
                }
                c.sets.push_back(it);
            } while (p(","));
        } else if (kw("CALL")) {
            c.k = CK::Call;
            std::string name = ident("a procedure name");
            while (p(".")) name += "." + ident("a procedure name");
            c.proc = name;
            expectP("(");
            if (!isP(")")) {
                do { c.args.push_back(expr()); } while (p(","));
            }
            expectP(")");
            if (kw("YIELD")) {
                c.hasYield = true;
                do {
                    std::string out = ident("an identifier");
                    std::string alias = out;
                    if (kw("AS")) alias = ident("an identifier");
                    c.yields.emplace_back(out, alias);
                } while (p(","));
                if (kw("WHERE")) c.where = expr();
            }
        } else {
            syntax("a clause");
        }
        return c;
    }

    void projection(Clause &c) {
        if (kw("DISTINCT")) c.distinct = true;
        if (p("*")) {
            c.star = true;
        } else {
            do {
                ProjItem it;
                size_t b = cur().b;
                it.e = expr();
                size_t e = prevEnd();
                if (kw("AS")) it.alias = ident("an identifier");
                else it.alias = q.substr(b, e - b);
                c.items.push_back(it);
            } while (p(","));
        }
        if (kw("ORDER")) {
            expectKw("BY");
            do {
                ExprP e = expr();
                bool desc = false;
                if (kw("DESC") || kw("DESCENDING")) desc = true;
                else if (kw("ASC") || kw("ASCENDING")) desc = false;
                c.order.emplace_back(e, desc);
            } while (p(","));
        }
        if (kw("SKIP")) c.skip = expr();
        if (kw("LIMIT")) c.limit = expr();
    }

    void setItems(std::vector<SetItem> &out) {
        do {
            SetItem it;
            size_t b = cur().b;
            std::string v = ident("an identifier");
            if (p(".")) {
                it.kind = SetItem::Prop;
                it.var = v;
                it.prop = ident("a property key name");
                expectP("=");
                it.e = expr();
            } else if (p("=")) {
                it.kind = SetItem::Replace;
                it.var = v;
                it.e = expr();
            } else if (p("+=")) {
                it.kind = SetItem::Merge;
                it.var = v;
                it.e = expr();
            } else if (isP(":")) {
                it.kind = SetItem::Labels;
                it.var = v;
                while (p(":")) it.labels.push_back(ident("a label"));
            } else {
                syntaxAt(b, "'.', '=', '+=' or ':'");
            }
            out.push_back(it);
        } while (p(","));
    }

    std::vector<PathPat> patternList() {
        std::vector<PathPat> v;
        do { v.push_back(pattern()); } while (p(","));
        return v;
    }

    PathPat pattern() {
        PathPat pp;
        if ((at(TK::Ident) || at(TK::QIdent)) && isP("=", 1)) {
            pp.var = ident();
            pos++;
        }
        pp.nodes.push_back(nodePat());
        while (isP("-") || isP("<-") || isP("<")) {
            RelPat r;
            bool left = false;
            if (p("<-")) left = true;
            else if (p("<")) { left = true; expectP("-"); }
            else expectP("-");
            if (p("[")) {
                if (at(TK::Ident) || at(TK::QIdent)) {
                    if (!isKw(0, "WHERE")) r.var = ident();
                }
                if (p(":")) {
                    r.types.push_back(ident("a relationship type"));
                    while (p("|")) { p(":"); r.types.push_back(ident("a relationship type")); }
                }
                if (p("*")) {
                    r.varLen = true;
                    if (at(TK::Int)) pos++;
                    if (p("..")) { if (at(TK::Int)) pos++; }
                }
                if (isP("{") || at(TK::Param)) r.props = atom();
                expectP("]");
            }
            bool right = false;
            if (p("->")) right = true;
            else {
                expectP("-", "'-' or '->'");
                if (p(">")) right = true;
            }
            if (left && right) r.dir = 0;
            else r.dir = left ? -1 : (right ? 1 : 0);
            r.anon = r.var.empty();
            pp.rels.push_back(r);
            pp.nodes.push_back(nodePat());
        }
        return pp;
    }

    NodePat nodePat() {
        NodePat n;
        expectP("(", "'('");
        if (at(TK::Ident) || at(TK::QIdent)) n.var = ident();
        while (p(":")) n.labels.push_back(ident("a label"));
        if (isP("{") || at(TK::Param)) n.props = atom();
        if (!p(")")) syntax("a label, '{', a parameter or ')'");
        n.anon = n.var.empty();
        return n;
    }

    IndexOp indexOp(bool create) {
        IndexOp op;
        op.create = create;
        pos++;  // CREATE / DROP
        if (kw("FULLTEXT")) op.kind = "FULLTEXT";
        else if (kw("VECTOR")) op.kind = "VECTOR";
        else if (kw("RANGE")) op.kind = "RANGE";
        expectKw("INDEX");
        if (kw("ON")) {
            // legacy: INDEX ON :Label(prop, ...)
            expectP(":");
            op.label = ident("a label");
            expectP("(");
            do { op.props.push_back(ident("a property key name")); } while (p(","));
            expectP(")");
            return op;
        }
        expectKw("FOR");
        expectP("(");
        std::string var;
        if (isP(")")) {
            // relationship form: ()-[e:R]-()
            expectP(")");
            op.node = false;
            if (!p("-")) expectP("<-");
            expectP("[");
            var = ident();
            expectP(":");
            op.label = ident("a relationship type");
            expectP("]");
            if (!p("->")) expectP("-");
            expectP("(");
            expectP(")");
        } else {
            var = ident();
            expectP(":");
            op.label = ident("a label");
            expectP(")");
        }
        expectKw("ON");
        expectP("(");
        do {
            std::string v = ident();
            expectP(".");
            op.props.push_back(ident("a property key name"));
            (void)v;
        } while (p(","));
        expectP(")");
        if (kw("OPTIONS")) op.options = atom();
        return op;
    }

    // ---- expressions
    ExprP expr() { return orExpr(); }

    ExprP binary(const std::string &op, ExprP l, ExprP r) {
        auto e = mk(EK::Binary, l->b);
        e->name = op;
        e->args = {l, r};
        e->e = r->e;
        return e;
    }

    ExprP orExpr() {
        ExprP l = xorExpr();
        while (kw("OR")) l = binary("OR", l, xorExpr());
        return l;
    }
    ExprP xorExpr() {
        ExprP l = andExpr();
        while (kw("XOR")) l = binary("XOR", l, andExpr());
        return l;
    }
    ExprP andExpr() {
        ExprP l = notExpr();
        while (kw("AND")) l = binary("AND", l, notExpr());
        return l;
    }
    ExprP notExpr() {
        if (isKw(0, "NOT")) {
            size_t b = cur().b;
            pos++;
            auto e = mk(EK::Unary, b);
            e->name = "NOT";
            e->args = {notExpr()};
            return fin(e);
        }
        return cmpExpr();
    }
    ExprP cmpExpr() {
        ExprP l = strExpr();
        while (true) {
            const char *ops[] = {"=", "<>", "!=", "<", ">", "<=", ">=", "=~"};
            bool found = false;
            for (auto o : ops) {
                if (isP(o)) {
                    pos++;
                    std::string op = o;
                    if (op == "!=") op = "<>";
                    l = binary(op, l, strExpr());
                    found = true;
                    break;
                }
            }
            if (!found) break;
        }
        return l;
    }
    ExprP strExpr() {
        ExprP l = addExpr();
        while (true) {
            if (kw("IN")) l = binary("IN", l, addExpr());
            else if (isKw(0, "STARTS") && isKw(1, "WITH")) { pos += 2; l = binary("STARTS", l, addExpr()); }
            else if (isKw(0, "ENDS") && isKw(1, "WITH")) { pos += 2; l = binary("ENDS", l, addExpr()); }
            else if (kw("CONTAINS")) l = binary("CONTAINS", l, addExpr());
            else if (isKw(0, "IS")) {
                pos++;
                bool neg = kw("NOT");
                expectKw("NULL");
                auto e = mk(EK::IsNull, l->b);
                e->flag = neg;
                e->args = {l};
                l = fin(e);
            } else break;
        }
        return l;
    }
    ExprP addExpr() {
        ExprP l = mulExpr();
        while (true) {
            if (isP("+")) { pos++; l = binary("+", l, mulExpr()); }
            else if (isP("-")) { pos++; l = binary("-", l, mulExpr()); }
            else break;
        }
        return l;
    }
    ExprP mulExpr() {
        ExprP l = powExpr();
        while (true) {
            if (isP("*")) { pos++; l = binary("*", l, powExpr()); }
            else if (isP("/")) { pos++; l = binary("/", l, powExpr()); }
            else if (isP("%")) { pos++; l = binary("%", l, powExpr()); }
            else break;
        }
        return l;
    }
    ExprP powExpr() {
        ExprP l = unaryExpr();
        while (isP("^")) { pos++; l = binary("^", l, unaryExpr()); }
        return l;
    }
    ExprP unaryExpr() {
        if (isP("-") || isP("+")) {
            size_t b = cur().b;
            std::string op = cur().s;
            pos++;
            ExprP inner = unaryExpr();
            if (op == "+") return inner;
            auto e = mk(EK::Unary, b);
            e->name = "-";
            e->args = {inner};
            return fin(e);
        }
        return postfix(atom());
    }
    ExprP postfix(ExprP e) {
        while (true) {
            if (isP(".") && (peek(1).k == TK::Ident || peek(1).k == TK::QIdent)) {
                pos++;
                auto x = mk(EK::Prop, e->b);
                x->name = ident();
                x->args = {e};
                e = fin(x);
            } else if (isP("[")) {
                pos++;
                ExprP a, b;
                bool slice = false;
                if (!isP("..")) a = expr();
                if (p("..")) {
                    slice = true;
                    if (!isP("]")) b = expr();
                }
                expectP("]");
                auto x = mk(slice ? EK::Slice : EK::Index, e->b);
                x->args = {e, a, b};
                e = fin(x);
            } else if (isP(":") && e->k == EK::Var) {
                // label predicate n:Label
                auto x = mk(EK::Func, e->b);
                x->name = "__haslabels";
                x->args = {e};
                while (p(":")) {
                    auto l = mk(EK::Lit, cur().b);
                    l->lit = Value::str(ident("a label"));
                    x->args.push_back(fin(l));
                }
                e = fin(x);
            } else {
                break;
            }
        }
        return e;
    }

    ExprP atom() {
        const Tok &t = cur();
        size_t b = t.b;
        switch (t.k) {
        case TK::Int: { pos++; auto e = mk(EK::Lit, b); e->lit = Value::integer(t.iv); return fin(e); }
        case TK::Float: { pos++; auto e = mk(EK::Lit, b); e->lit = Value::dbl(t.dv); return fin(e); }
        case TK::Str: { pos++; auto e = mk(EK::Lit, b); e->lit = Value::str(t.s); return fin(e); }
        case TK::Param: { pos++; auto e = mk(EK::Param, b); e->name = t.s; return fin(e); }
        case TK::QIdent: { pos++; auto e = mk(EK::Var, b); e->name = t.s; return fin(e); }
        case TK::Ident: {
            if (ieq(t.s, "true")) { pos++; auto e = mk(EK::Lit, b); e->lit = Value::boolean(true); return fin(e); }
            if (ieq(t.s, "false")) { pos++; auto e = mk(EK::Lit, b); e->lit = Value::boolean(false); return fin(e); }
            if (ieq(t.s, "null")) { pos++; auto e = mk(EK::Lit, b); return fin(e); }
            if (ieq(t.s, "CASE")) return caseExpr();
            // function call (possibly namespaced)
            size_t save = pos;
            std::string name = t.s;
            pos++;
            while (isP(".") && peek(1).k == TK::Ident) { name += "." + peek(1).s; pos += 2; }
            if (!isP("(")) { pos = save + 1; name = t.s; }
            if (isP("(")) {
                pos++;
                auto e = mk(EK::Func, b);
                e->name = lower(name);
                if (e->name == "count" && isP("*")) {
                    pos++;
                    expectP(")");
                    e->k = EK::CountStar;
                    return fin(e);
                }
                if (kw("DISTINCT")) e->distinct = true;
                if (!isP(")")) {
                    do { e->args.push_back(expr()); } while (p(","));
                }
                expectP(")");
                return fin(e);
            }
            pos = save + 1;
            auto e = mk(EK::Var, b);
            e->name = t.s;
            return fin(e);
        }
        case TK::Punct:
            if (t.s == "(") {
                pos++;
                ExprP e = expr();
                expectP(")");
                return e;
            }
            if (t.s == "[") return listExpr();
            if (t.s == "{") {
                pos++;
                auto e = mk(EK::Map, b);
                if (!isP("}")) {
                    do {
                        std::string k;
                        if (at(TK::Ident) || at(TK::QIdent) || at(TK::Str)) k = toks[pos++].s;
                        else syntax("a property key name");
                        expectP(":");
                        e->keys.push_back(k);
                        e->args.push_back(expr());
                    } while (p(","));
                }
                expectP("}");
                return fin(e);
            }
            break;
        default: break;
        }
        syntax("an expression");
    }

    ExprP caseExpr() {
        size_t b = cur().b;
        pos++;
        auto e = mk(EK::Case, b);
        if (!isKw(0, "WHEN")) { e->flag = true; e->args.push_back(expr()); }
        else e->args.push_back(nullptr);
        while (kw("WHEN")) {
            e->args.push_back(expr());
            expectKw("THEN");
            e->args.push_back(expr());
        }
        ExprP els;
        if (kw("ELSE")) els = expr();
        expectKw("END");
        e->args.push_back(els);
        return fin(e);
    }

    ExprP listExpr() {
        size_t b = cur().b;
        pos++;
        // list comprehension: [x IN list WHERE pred | expr]
        if ((at(TK::Ident) || at(TK::QIdent)) && isKw(1, "IN")) {
            auto e = mk(EK::ListComp, b);
            e->name = ident();
            pos++;  // IN
            ExprP src = expr();
            ExprP where, proj;
            if (kw("WHERE")) where = expr();
            if (p("|")) proj = expr();
            expectP("]");
            e->args = {src, where, proj};
            return fin(e);
        }
        auto e = mk(EK::List, b);
        if (!isP("]")) {
            do { e->args.push_back(expr()); } while (p(","));
        }
        expectP("]");
        return fin(e);
    }
};

}  // namespace

Statement parseQuery(const std::string &text) {
    Parser p(text);
    return p.statement();
}

}  // namespace sb
