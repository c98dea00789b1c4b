#include "Exec.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <ctime>
#include <memory>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace sb {

namespace {

using Row = std::vector<Value>;
using Clock = std::chrono::steady_clock;

[[noreturn]] void err(const std::string &m) { throw QueryError(m); }

struct Ctx {
    Graph &g;
    const Params &params;
    const ExecOptions &opt;
    Stats st;
    bool hasDeadline = false;
    Clock::time_point deadline;
    uint64_t ticks = 0;
    const std::vector<Value> *agg = nullptr;

    Ctx(Graph &g_, const Params &p, const ExecOptions &o) : g(g_), params(p), opt(o) {}

    void check() {
        if (hasDeadline && Clock::now() > deadline) err("Query timed out");
    }
    void tick() {
        ticks++;
        if (opt.rowDelayUs > 0) {
            std::this_thread::sleep_for(std::chrono::microseconds(opt.rowDelayUs));
            check();
        } else if ((ticks & 1023) == 0) {
            check();
        }
    }
};

// ---------------------------------------------------------------------------
// scopes
// ---------------------------------------------------------------------------

struct Seg {
    std::vector<std::string> names;
    int nslots = 0;
    int find(const std::string &n) const {
        for (int k = (int)names.size() - 1; k >= 0; k--)
            if (names[k] == n) return k;
        return -1;
    }
    int add(const std::string &n) {
        int s = find(n);
        if (s >= 0) return s;
        names.push_back(n);
        nslots = std::max(nslots, (int)names.size());
        return (int)names.size() - 1;
    }
};
using SegP = std::shared_ptr<Seg>;

bool isAggName(const std::string &n) {
    return n == "count" || n == "sum" || n == "avg" || n == "min" || n == "max" || n == "collect";
}

void bindExpr(Expr *e, Seg &s, std::vector<Expr *> *aggs, const Params &params, bool inAgg = false) {
    if (!e) return;
    switch (e->k) {
    case EK::Var:
        e->slot = s.find(e->name);
        if (e->slot < 0) err("'" + e->name + "' not defined");
        return;
    case EK::Param:
        if (!params.count(e->name)) err("Missing parameters");
        return;
    case EK::ListComp: {
        bindExpr(e->args[0].get(), s, aggs, params, inAgg);
        size_t before = s.names.size();
        s.names.push_back(e->name);
        s.nslots = std::max(s.nslots, (int)s.names.size());
        e->slot = (int)s.names.size() - 1;
        bindExpr(e->args[1].get(), s, nullptr, params, inAgg);
        bindExpr(e->args[2].get(), s, nullptr, params, inAgg);
        s.names.resize(before);
        return;
    }
    case EK::CountStar:
        if (!aggs) err("Invalid use of aggregating function 'count'");
        e->aggIdx = (int)aggs->size();
        aggs->push_back(e);
        return;
    case EK::Func:
        if (isAggName(e->name)) {
            if (inAgg) err("Can't use aggregate functions inside of aggregate functions.");
            if (!aggs) err("Invalid use of aggregating function '" + e->name + "'");
            e->aggIdx = (int)aggs->size();
            aggs->push_back(e);
            for (auto &a : e->args) bindExpr(a.get(), s, aggs, params, true);
            return;
        }
        break;
    default: break;
    }
    for (auto &a : e->args) bindExpr(a.get(), s, aggs, params, inAgg);
}

bool containsAgg(const Expr *e) {
    if (!e) return false;
    if (e->k == EK::CountStar || (e->k == EK::Func && isAggName(e->name))) return true;
    for (auto &a : e->args)
        if (containsAgg(a.get())) return true;
    return false;
}

// ---------------------------------------------------------------------------
// evaluation
// ---------------------------------------------------------------------------

Value eval(const Expr &e, Row &r, Ctx &c);

int truth(const Value &v) {  // 1 true, 0 false, -1 null
    if (v.isNull()) return -1;
    if (v.t == T::Bool) return v.b ? 1 : 0;
    err(std::string("Type mismatch: expected Boolean but was ") + typeName(v.t));
}

Value fromTruth(int t) { return t < 0 ? Value() : Value::boolean(t == 1); }

const Attrs *entityAttrs(const Value &v, Ctx &c) {
    if (v.t == T::Node) return c.g.nodeAlive(v.i) ? &c.g.nodes[v.i].attrs : nullptr;
    if (v.t == T::Edge) return c.g.edgeAlive(v.i) ? &c.g.edges[v.i].attrs : nullptr;
    return nullptr;
}

Value getProp(const Value &v, const std::string &key, Ctx &c) {
    switch (v.t) {
    case T::Null: return Value();
    case T::Node:
    case T::Edge: {
        const Attrs *a = entityAttrs(v, c);
        if (!a) return Value();
        const Value *x = c.g.attr(*a, c.g.attrId(key));
        return x ? *x : Value();
    }
    case T::Map:
        for (auto &kv : v.m())
            if (kv.first == key) return kv.second;
        return Value();
    case T::Point:
        if (key == "latitude") return Value::dbl(v.pt[0]);
        if (key == "longitude") return Value::dbl(v.pt[1]);
        return Value();
    default:
        err(std::string("Type mismatch: expected Map, Node, Edge, Null, Time, Date, Datetime, Duration, or Point but was ") +
            typeName(v.t));
    }
}

Value propertiesMap(const Value &v, Ctx &c) {
    MapV m;
    const Attrs *a = entityAttrs(v, c);
    if (a)
        for (auto &kv : *a) m.emplace_back(c.g.attrs[kv.first], kv.second);
    return Value::map(std::move(m));
}

[[noreturn]] void typeMismatch(const char *expected, const Value &got) {
    err(std::string("Type mismatch: expected ") + expected + " but was " + typeName(got.t));
}

Value arith(const std::string &op, const Value &a, const Value &b) {
    if (a.isNull() || b.isNull()) return Value();
    if (op == "+") {
        if (a.t == T::Array || b.t == T::Array) {
            Arr out;
            if (a.t == T::Array) out = a.a(); else out.push_back(a);
            if (b.t == T::Array) out.insert(out.end(), b.a().begin(), b.a().end()); else out.push_back(b);
            return Value::array(std::move(out));
        }
        if (a.t == T::String || b.t == T::String) {
            auto str = [](const Value &v) -> std::string {
                if (v.t == T::String) return v.s();
                if (v.t == T::Int) return std::to_string(v.i);
                if (v.t == T::Double) return fmtDouble15(v.d);
                if (v.t == T::Bool) return v.b ? "true" : "false";
                typeMismatch("Integer, Float, String, Boolean, or Null", v);
            };
            return Value::str(str(a) + str(b));
        }
    }
    if (!a.isNum()) typeMismatch("Integer, Float, or Null", a);
    if (!b.isNum()) typeMismatch("Integer, Float, or Null", b);
    bool ints = a.t == T::Int && b.t == T::Int;
    if (op == "+") return ints ? Value::integer((int64_t)((uint64_t)a.i + (uint64_t)b.i)) : Value::dbl(a.num() + b.num());
    if (op == "-") return ints ? Value::integer((int64_t)((uint64_t)a.i - (uint64_t)b.i)) : Value::dbl(a.num() - b.num());
    if (op == "*") return ints ? Value::integer((int64_t)((uint64_t)a.i * (uint64_t)b.i)) : Value::dbl(a.num() * b.num());
    if (op == "/") {
        if (ints) {
            if (b.i == 0) err("Division by zero");
            if (b.i == -1) return Value::integer((int64_t)(0 - (uint64_t)a.i));
            return Value::integer(a.i / b.i);
        }
        return Value::dbl(a.num() / b.num());
    }
    if (op == "%") {
        if (ints) {
            if (b.i == 0) err("Division by zero");
            if (b.i == -1) return Value::integer(0);
            return Value::integer(a.i % b.i);
        }
        return Value::dbl(fmod(a.num(), b.num()));
    }
    if (op == "^") return Value::dbl(pow(a.num(), b.num()));
    err("unsupported operator " + op);
}

Value compareOp(const std::string &op, const Value &a, const Value &b) {
    if (op == "=") return fromTruth(equalsValues(a, b));
    if (op == "<>") {
        int t = equalsValues(a, b);
        return t < 0 ? Value() : Value::boolean(t == 0);
    }
    if (a.isNull() || b.isNull()) return Value();
    bool comparable = (a.isNum() && b.isNum()) || a.t == b.t;
    if (!comparable) return Value();
    if ((a.isNum() && (std::isnan(a.num()))) || (b.isNum() && std::isnan(b.num()))) return Value::boolean(false);
    int cmp = compareValues(a, b);
    if (op == "<") return Value::boolean(cmp < 0);
    if (op == ">") return Value::boolean(cmp > 0);
    if (op == "<=") return Value::boolean(cmp <= 0);
    if (op == ">=") return Value::boolean(cmp >= 0);
    err("unsupported operator " + op);
}

int64_t toInt(const Value &v, const char *what) {
    if (v.t == T::Int) return v.i;
    if (v.t == T::Double) return (int64_t)floor(v.d);
    typeMismatch(what, v);
}

// --- temporal helpers -------------------------------------------------------

int64_t daysFromCivil(int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

bool parseInts(const std::string &s, size_t &i, int digits, int64_t &out) {
    if (i + digits > s.size()) return false;
    int64_t v = 0;
    for (int k = 0; k < digits; k++) {
        if (!isdigit((unsigned char)s[i + k])) return false;
        v = v * 10 + (s[i + k] - '0');
    }
    out = v;
    i += digits;
    return true;
}

bool parseDate(const std::string &s, size_t &i, int64_t &days) {
    int64_t y, m = 1, d = 1;
    if (!parseInts(s, i, 4, y)) return false;
    bool dash = i < s.size() && s[i] == '-';
    if (dash) i++;
    if (i < s.size() && isdigit((unsigned char)s[i])) {
        if (!parseInts(s, i, 2, m)) return false;
        if (dash) { if (i < s.size() && s[i] == '-') { i++; if (!parseInts(s, i, 2, d)) return false; } }
        else if (i < s.size() && isdigit((unsigned char)s[i])) { if (!parseInts(s, i, 2, d)) return false; }
    }
    if (m < 1 || m > 12 || d < 1 || d > 31) return false;
    days = daysFromCivil(y, (unsigned)m, (unsigned)d);
    return true;
}

bool parseTime(const std::string &s, size_t &i, int64_t &secs) {
    int64_t h, mi = 0, se = 0;
    if (!parseInts(s, i, 2, h)) return false;
    bool colon = i < s.size() && s[i] == ':';
    if (colon) i++;
    if (i < s.size() && isdigit((unsigned char)s[i])) {
        if (!parseInts(s, i, 2, mi)) return false;
        if (i < s.size() && (s[i] == ':' || (!colon && isdigit((unsigned char)s[i])))) {
            if (s[i] == ':') i++;
            if (!parseInts(s, i, 2, se)) return false;
        }
    }
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {  // fraction: dropped
        i++;
        while (i < s.size() && isdigit((unsigned char)s[i])) i++;
    }
    if (h > 23 || mi > 59 || se > 59) return false;
    secs = h * 3600 + mi * 60 + se;
    return true;
}

int64_t mapInt(const Value &m, const char *key, int64_t def) {
    for (auto &kv : m.m())
        if (kv.first == key) {
            if (kv.second.isNull()) return def;
            return toInt(kv.second, "Integer");
        }
    return def;
}

Value makeTemporal(const std::string &fn, const Value &arg, Ctx &c) {
    T t = fn == "date" ? T::Date : fn == "localtime" ? T::Time : fn == "localdatetime" ? T::DateTime : T::Duration;
    if (arg.isNull()) return Value();
    if (arg.t == T::Map) {
        if (t == T::Duration) {
            double secs = 0;
            auto get = [&](const char *k) -> double {
                for (auto &kv : arg.m())
                    if (kv.first == k && kv.second.isNum()) return kv.second.num();
                return 0;
            };
            int64_t years = (int64_t)get("years"), months = (int64_t)get("months");
            secs += get("weeks") * 7 * 86400 + get("days") * 86400 + get("hours") * 3600 + get("minutes") * 60 + get("seconds");
            int64_t y = 1970 + years + months / 12;
            int64_t mo = 1 + months % 12;
            int64_t base = daysFromCivil(y, (unsigned)mo, 1) * 86400;
            return Value::temporal(t, base + (int64_t)secs);
        }
        int64_t days = 0, secs = 0;
        if (t != T::Time) days = daysFromCivil(mapInt(arg, "year", 1970), (unsigned)mapInt(arg, "month", 1), (unsigned)mapInt(arg, "day", 1));
        if (t != T::Date) secs = mapInt(arg, "hour", 0) * 3600 + mapInt(arg, "minute", 0) * 60 + mapInt(arg, "second", 0);
        return Value::temporal(t, days * 86400 + secs);
    }
    if (arg.t != T::String) typeMismatch("String, Map, or Null", arg);
    const std::string &s = arg.s();
    size_t i = 0;
    int64_t days = 0, secs = 0;
    bool ok = true;
    if (t == T::Date) ok = parseDate(s, i, days);
    else if (t == T::Time) ok = parseTime(s, i, secs);
    else if (t == T::DateTime) {
        ok = parseDate(s, i, days);
        if (ok && i < s.size() && (s[i] == 'T' || s[i] == 't')) { i++; ok = parseTime(s, i, secs); }
    } else {
        // ISO-8601 duration PnYnMnWnDTnHnMnS
        if (s.empty() || (s[0] != 'P' && s[0] != 'p')) ok = false;
        i = 1;
        bool timePart = false;
        int64_t years = 0, months = 0;
        double total = 0;
        while (ok && i < s.size()) {
            if (s[i] == 'T' || s[i] == 't') { timePart = true; i++; continue; }
            size_t b = i;
            while (i < s.size() && (isdigit((unsigned char)s[i]) || s[i] == '.' || s[i] == '-')) i++;
            if (b == i || i >= s.size()) { ok = false; break; }
            double v = strtod(s.substr(b, i - b).c_str(), nullptr);
            char u = (char)toupper((unsigned char)s[i++]);
            if (!timePart && u == 'Y') years += (int64_t)v;
            else if (!timePart && u == 'M') months += (int64_t)v;
            else if (!timePart && u == 'W') total += v * 7 * 86400;
            else if (!timePart && u == 'D') total += v * 86400;
            else if (timePart && u == 'H') total += v * 3600;
            else if (timePart && u == 'M') total += v * 60;
            else if (timePart && u == 'S') total += v;
            else ok = false;
        }
        if (ok) {
            int64_t y = 1970 + years + months / 12;
            int64_t mo = 1 + months % 12;
            return Value::temporal(t, daysFromCivil(y, (unsigned)mo, 1) * 86400 + (int64_t)total);
        }
    }
    if (!ok || i != s.size()) err("Failed to parse " + fn + " string");
    (void)c;
    return Value::temporal(t, days * 86400 + secs);
}

Value callFunc(const Expr &e, Row &r, Ctx &c) {
    const std::string &n = e.name;
    if (n == "__haslabels") {
        Value v = eval(*e.args[0], r, c);
        if (v.isNull()) return Value();
        if (v.t != T::Node || !c.g.nodeAlive(v.i)) return Value::boolean(false);
        for (size_t k = 1; k < e.args.size(); k++) {
            int l = c.g.labelId(e.args[k]->lit.s());
            auto &ls = c.g.nodes[v.i].labels;
            if (l < 0 || std::find(ls.begin(), ls.end(), l) == ls.end()) return Value::boolean(false);
        }
        return Value::boolean(true);
    }
    if (n == "coalesce") {
        for (auto &a : e.args) {
            Value v = eval(*a, r, c);
            if (!v.isNull()) return v;
        }
        return Value();
    }
    std::vector<Value> a;
    a.reserve(e.args.size());
    for (auto &x : e.args) a.push_back(eval(*x, r, c));
    auto need = [&](size_t lo, size_t hi) {
        if (a.size() < lo) err("Received " + std::to_string(a.size()) + " arguments to function '" + n + "', expected at least " + std::to_string(lo));
        if (a.size() > hi) err("Received " + std::to_string(a.size()) + " arguments to function '" + n + "', expected at most " + std::to_string(hi));
    };
    bool temporalOk = c.opt.version >= 41400;
    if (n == "id") {
        need(1, 1);
        if (a[0].isNull()) return Value();
        if (a[0].t != T::Node && a[0].t != T::Edge) typeMismatch("Node, Edge, or Null", a[0]);
        return Value::integer(a[0].i);
    }
    if (n == "labels") {
        need(1, 1);
        if (a[0].isNull()) return Value();
        if (a[0].t != T::Node) typeMismatch("Node or Null", a[0]);
        Arr out;
        if (c.g.nodeAlive(a[0].i))
            for (int l : c.g.nodes[a[0].i].labels) out.push_back(Value::str(c.g.labels[l]));
        return Value::array(std::move(out));
    }
    if (n == "type") {
        need(1, 1);
        if (a[0].isNull()) return Value();
        if (a[0].t != T::Edge) typeMismatch("Edge or Null", a[0]);
        if (!c.g.edgeAlive(a[0].i)) return Value();
        return Value::str(c.g.types[c.g.edges[a[0].i].type]);
    }
    if (n == "properties") {
        need(1, 1);
        if (a[0].isNull()) return Value();
        if (a[0].t == T::Map) return a[0];
        if (a[0].t != T::Node && a[0].t != T::Edge) typeMismatch("Map, Node, Edge, or Null", a[0]);
        return propertiesMap(a[0], c);
    }
    if (n == "keys") {
        need(1, 1);
        if (a[0].isNull()) return Value();
        Arr out;
        if (a[0].t == T::Map) for (auto &kv : a[0].m()) out.push_back(Value::str(kv.first));
        else if (a[0].t == T::Node || a[0].t == T::Edge) {
            const Attrs *at = entityAttrs(a[0], c);
            if (at) for (auto &kv : *at) out.push_back(Value::str(c.g.attrs[kv.first]));
        } else typeMismatch("Map, Node, Edge, or Null", a[0]);
        return Value::array(std::move(out));
    }
    if (n == "typeof") { need(1, 1); return Value::str(typeName(a[0].t)); }
    if (n == "startnode" || n == "endnode") {
        need(1, 1);
        if (a[0].isNull()) return Value();
        if (a[0].t != T::Edge) typeMismatch("Edge or Null", a[0]);
        auto &ed = c.g.edges[a[0].i];
        return Value::node(n == "startnode" ? ed.src : ed.dst);
    }
    if (n == "tointeger") {
        need(1, 1);
        const Value &v = a[0];
        if (v.isNull()) return Value();
        if (v.t == T::Int) return v;
        if (v.t == T::Double) {
            if (std::isnan(v.d) || std::isinf(v.d)) return Value();
            return Value::integer((int64_t)floor(v.d));
        }
        if (v.t == T::Bool) return Value::integer(v.b ? 1 : 0);
        if (v.t == T::String) {
            char *end = nullptr;
            double d = strtod(v.s().c_str(), &end);
            if (end == v.s().c_str() || *end) return Value();
            return Value::integer((int64_t)floor(d));
        }
        typeMismatch("String, Boolean, Integer, Float, or Null", v);
    }
    if (n == "tofloat") {
        need(1, 1);
        const Value &v = a[0];
        if (v.isNull()) return Value();
        if (v.isNum()) return Value::dbl(v.num());
        if (v.t == T::String) {
            char *end = nullptr;
            float f = strtof(v.s().c_str(), &end);  // FalkorDB parses with strtof
            if (end == v.s().c_str() || *end) return Value();
            return Value::dbl(f);
        }
        typeMismatch("String, Integer, Float, or Null", v);
    }
    if (n == "tostring") {
        need(1, 1);
        const Value &v = a[0];
        if (v.isNull()) return Value();
        if (v.t == T::String) return v;
        if (v.t == T::Int) return Value::str(std::to_string(v.i));
        if (v.t == T::Double) { char b[64]; snprintf(b, sizeof b, "%f", v.d); return Value::str(b); }
        if (v.t == T::Bool) return Value::str(v.b ? "true" : "false");
        return Value::str(temporalToString(v));
    }
    if (n == "floor" || n == "ceil" || n == "round" || n == "abs" || n == "sqrt" || n == "log" || n == "log10" || n == "exp" || n == "sign") {
        need(1, 1);
        const Value &v = a[0];
        if (v.isNull()) return Value();
        if (!v.isNum()) typeMismatch("Integer, Float, or Null", v);
        if (n == "abs") return v.t == T::Int ? Value::integer(v.i < 0 ? -v.i : v.i) : Value::dbl(fabs(v.d));
        if (n == "sign") return Value::integer(v.num() > 0 ? 1 : (v.num() < 0 ? -1 : 0));
        if (v.t == T::Int && (n == "floor" || n == "ceil" || n == "round")) return v;
        double x = v.num();
        if (n == "floor") return Value::dbl(floor(x));
        if (n == "ceil") return Value::dbl(ceil(x));
        if (n == "round") return Value::dbl(round(x));
        if (n == "sqrt") return Value::dbl(sqrt(x));
        if (n == "log") return Value::dbl(log(x));
        if (n == "log10") return Value::dbl(log10(x));
        return Value::dbl(exp(x));
    }
    if (n == "pow") {
        need(2, 2);
        if (a[0].isNull() || a[1].isNull()) return Value();
        if (!a[0].isNum()) typeMismatch("Integer, Float, or Null", a[0]);
        if (!a[1].isNum()) typeMismatch("Integer, Float, or Null", a[1]);
        return Value::dbl(pow(a[0].num(), a[1].num()));
    }
    if (n == "range") {
        need(2, 3);
        int64_t lo = toInt(a[0], "Integer"), hi = toInt(a[1], "Integer"), step = a.size() > 2 ? toInt(a[2], "Integer") : 1;
        if (step == 0) err("ArgumentError: step argument to range() can't be 0");
        Arr out;
        for (int64_t x = lo; step > 0 ? x <= hi : x >= hi; x += step) {
            out.push_back(Value::integer(x));
            if ((out.size() & 4095) == 0) c.check();
        }
        return Value::array(std::move(out));
    }
    if (n == "size" || n == "length") {
        need(1, 1);
        if (a[0].isNull()) return Value();
        if (a[0].t == T::Array) return Value::integer((int64_t)a[0].a().size());
        if (a[0].t == T::String) {
            int64_t cnt = 0;
            for (unsigned char ch : a[0].s()) if ((ch & 0xC0) != 0x80) cnt++;
            return Value::integer(cnt);
        }
        typeMismatch("List, String, or Null", a[0]);
    }
    if (n == "head" || n == "last") {
        need(1, 1);
        if (a[0].isNull()) return Value();
        if (a[0].t != T::Array) typeMismatch("List or Null", a[0]);
        if (a[0].a().empty()) return Value();
        return n == "head" ? a[0].a().front() : a[0].a().back();
    }
    if (n == "tail") {
        need(1, 1);
        if (a[0].isNull()) return Value();
        if (a[0].t != T::Array) typeMismatch("List or Null", a[0]);
        if (a[0].a().empty()) return Value::array({});
        return Value::array(Arr(a[0].a().begin() + 1, a[0].a().end()));
    }
    if (n == "reverse") {
        need(1, 1);
        if (a[0].isNull()) return Value();
        if (a[0].t == T::String) { std::string s = a[0].s(); std::reverse(s.begin(), s.end()); return Value::str(s); }
        if (a[0].t != T::Array) typeMismatch("List, String, or Null", a[0]);
        Arr x = a[0].a();
        std::reverse(x.begin(), x.end());
        return Value::array(std::move(x));
    }
    if (n == "tolower" || n == "toupper" || n == "trim") {
        need(1, 1);
        if (a[0].isNull()) return Value();
        if (a[0].t != T::String) typeMismatch("String or Null", a[0]);
        std::string s = a[0].s();
        if (n == "trim") {
            size_t b = s.find_first_not_of(' '), en = s.find_last_not_of(' ');
            return Value::str(b == std::string::npos ? "" : s.substr(b, en - b + 1));
        }
        for (auto &ch : s) ch = (char)(n == "tolower" ? tolower((unsigned char)ch) : toupper((unsigned char)ch));
        return Value::str(s);
    }
    if (n == "point") {
        need(1, 1);
        if (a[0].isNull()) return Value();
        if (a[0].t != T::Map) typeMismatch("Map or Null", a[0]);
        Value la = getProp(a[0], "latitude", c), lo = getProp(a[0], "longitude", c);
        if (!la.isNum() || !lo.isNum()) err("A point must contain exactly two attributes: latitude and longitude");
        return Value::point((float)la.num(), (float)lo.num());
    }
    if (n == "vecf32") {
        need(1, 1);
        if (a[0].isNull()) return Value();
        if (a[0].t != T::Array) typeMismatch("List or Null", a[0]);
        std::vector<float> f;
        for (auto &x : a[0].a()) {
            if (!x.isNum()) err("vectorf32 expects an array of numbers");
            f.push_back((float)x.num());
        }
        return Value::vec(std::move(f));
    }
    if (temporalOk && (n == "date" || n == "localtime" || n == "localdatetime" || n == "duration")) {
        need(n == "duration" ? 1 : 0, 1);
        if (a.empty()) {
            int64_t now = (int64_t)time(nullptr);
            if (n == "date") now -= now % 86400;
            if (n == "localtime") now %= 86400;
            return Value::temporal(n == "date" ? T::Date : n == "localtime" ? T::Time : T::DateTime, now);
        }
        return makeTemporal(n, a[0], c);
    }
    if (n == "timestamp") { need(0, 0); return Value::integer((int64_t)time(nullptr) * 1000); }
    err("Unknown function '" + n + "'");
}

Value eval(const Expr &e, Row &r, Ctx &c) {
    switch (e.k) {
    case EK::Lit: return e.lit;
    case EK::Param: {
        auto it = c.params.find(e.name);
        if (it == c.params.end()) err("Missing parameters");
        return it->second;
    }
    case EK::Var: return r[e.slot];
    case EK::Prop: return getProp(eval(*e.args[0], r, c), e.name, c);
    case EK::Index: {
        Value base = eval(*e.args[0], r, c);
        Value idx = eval(*e.args[1], r, c);
        if (base.isNull() || idx.isNull()) return Value();
        if (base.t == T::Array) {
            if (idx.t != T::Int) typeMismatch("Integer", idx);
            int64_t n = (int64_t)base.a().size(), k = idx.i;
            if (k < 0) k += n;
            if (k < 0 || k >= n) return Value();
            return base.a()[(size_t)k];
        }
        if (base.t == T::Map || base.t == T::Node || base.t == T::Edge) {
            if (idx.t != T::String) typeMismatch("String", idx);
            return getProp(base, idx.s(), c);
        }
        typeMismatch("List, Map, Node, Edge, or Null", base);
    }
    case EK::Slice: {
        Value base = eval(*e.args[0], r, c);
        if (base.isNull()) return Value();
        if (base.t != T::Array) typeMismatch("List or Null", base);
        int64_t n = (int64_t)base.a().size();
        int64_t lo = 0, hi = n;
        if (e.args[1]) { Value v = eval(*e.args[1], r, c); if (v.isNull()) return Value(); lo = toInt(v, "Integer"); }
        if (e.args[2]) { Value v = eval(*e.args[2], r, c); if (v.isNull()) return Value(); hi = toInt(v, "Integer"); }
        if (lo < 0) lo += n;
        if (hi < 0) hi += n;
        lo = std::max<int64_t>(0, std::min(lo, n));
        hi = std::max<int64_t>(0, std::min(hi, n));
        if (hi <= lo) return Value::array({});
        return Value::array(Arr(base.a().begin() + lo, base.a().begin() + hi));
    }
    case EK::List: {
        Arr a;
        a.reserve(e.args.size());
        for (auto &x : e.args) a.push_back(eval(*x, r, c));
        return Value::array(std::move(a));
    }
    case EK::Map: {
        MapV m;
        for (size_t k = 0; k < e.args.size(); k++) {
            Value v = eval(*e.args[k], r, c);
            bool rep = false;
            for (auto &kv : m)
                if (kv.first == e.keys[k]) { kv.second = v; rep = true; }
            if (!rep) m.emplace_back(e.keys[k], std::move(v));
        }
        return Value::map(std::move(m));
    }
    case EK::Unary: {
        Value v = eval(*e.args[0], r, c);
        if (e.name == "NOT") {
            int t = truth(v);
            return t < 0 ? Value() : Value::boolean(!t);
        }
        if (v.isNull()) return Value();
        if (v.t == T::Int) return Value::integer((int64_t)(0 - (uint64_t)v.i));
        if (v.t == T::Double) return Value::dbl(-v.d);
        typeMismatch("Integer, Float, or Null", v);
    }
    case EK::Binary: {
        if (e.opc < 0) {
            static const char *codes[] = {"AND", "OR", "XOR", "=", "<>", "<", ">", "<=", ">=", "+", "-", "*", "/", "%"};
            int code = 100;
            for (int k = 0; k < 14; k++)
                if (e.name == codes[k]) code = k;
            const_cast<Expr &>(e).opc = code;
        }
        if (e.opc >= 3 && e.opc <= 13) {
            // fast path for two integers
            Value a = eval(*e.args[0], r, c);
            if (a.t == T::Int) {
                Value b = eval(*e.args[1], r, c);
                if (b.t == T::Int) {
                    int64_t x = a.i, y = b.i;
                    switch (e.opc) {
                    case 3: return Value::boolean(x == y);
                    case 4: return Value::boolean(x != y);
                    case 5: return Value::boolean(x < y);
                    case 6: return Value::boolean(x > y);
                    case 7: return Value::boolean(x <= y);
                    case 8: return Value::boolean(x >= y);
                    case 9: return Value::integer((int64_t)((uint64_t)x + (uint64_t)y));
                    case 10: return Value::integer((int64_t)((uint64_t)x - (uint64_t)y));
                    case 11: return Value::integer((int64_t)((uint64_t)x * (uint64_t)y));
                    case 13:
                        if (y != 0 && y != -1) return Value::integer(x % y);
                        break;
                    default: break;
                    }
                }
                if (e.opc <= 8) return compareOp(e.name, a, b);
                return arith(e.name, a, b);
            }
            Value b = eval(*e.args[1], r, c);
            if (e.opc <= 8) return compareOp(e.name, a, b);
            return arith(e.name, a, b);
        }
        const std::string &op = e.name;
        if (op == "AND") {
            int l = truth(eval(*e.args[0], r, c));
            if (l == 0) return Value::boolean(false);
            int rr = truth(eval(*e.args[1], r, c));
            if (rr == 0) return Value::boolean(false);
            if (l < 0 || rr < 0) return Value();
            return Value::boolean(true);
        }
        if (op == "OR") {
            int l = truth(eval(*e.args[0], r, c));
            if (l == 1) return Value::boolean(true);
            int rr = truth(eval(*e.args[1], r, c));
            if (rr == 1) return Value::boolean(true);
            if (l < 0 || rr < 0) return Value();
            return Value::boolean(false);
        }
        Value a = eval(*e.args[0], r, c), b = eval(*e.args[1], r, c);
        if (op == "XOR") {
            int l = truth(a), rr = truth(b);
            if (l < 0 || rr < 0) return Value();
            return Value::boolean(l != rr);
        }
        if (op == "=" || op == "<>" || op == "<" || op == ">" || op == "<=" || op == ">=") return compareOp(op, a, b);
        if (op == "IN") {
            if (b.isNull()) return Value();
            if (b.t != T::Array) typeMismatch("List or Null", b);
            bool sawNull = false;
            for (auto &x : b.a()) {
                int t = equalsValues(a, x);
                if (t == 1) return Value::boolean(true);
                if (t < 0) sawNull = true;
            }
            return sawNull ? Value() : Value::boolean(false);
        }
        if (op == "STARTS" || op == "ENDS" || op == "CONTAINS") {
            if (a.isNull() || b.isNull()) return Value();
            if (a.t != T::String) typeMismatch("String or Null", a);
            if (b.t != T::String) typeMismatch("String or Null", b);
            const std::string &x = a.s(), &y = b.s();
            if (op == "STARTS") return Value::boolean(x.compare(0, y.size(), y) == 0);
            if (op == "ENDS") return Value::boolean(x.size() >= y.size() && x.compare(x.size() - y.size(), y.size(), y) == 0);
            return Value::boolean(x.find(y) != std::string::npos);
        }
        if (op == "=~") err("FalkorDB does not currently support regular expressions");
        return arith(op, a, b);
    }
    case EK::IsNull: {
        Value v = eval(*e.args[0], r, c);
        return Value::boolean(e.flag ? !v.isNull() : v.isNull());
    }
    case EK::ListComp: {
        Value src = eval(*e.args[0], r, c);
        if (src.isNull()) return Value();
        if (src.t != T::Array) typeMismatch("List or Null", src);
        if ((int)r.size() <= e.slot) r.resize(e.slot + 1);
        Arr out;
        for (auto &x : src.a()) {
            r[e.slot] = x;
            if (e.args[1] && truth(eval(*e.args[1], r, c)) != 1) continue;
            out.push_back(e.args[2] ? eval(*e.args[2], r, c) : x);
        }
        return Value::array(std::move(out));
    }
    case EK::Case: {
        Value subject;
        if (e.flag) subject = eval(*e.args[0], r, c);
        size_t n = e.args.size();
        for (size_t k = 1; k + 1 < n; k += 2) {
            Value w = eval(*e.args[k], r, c);
            bool hit = e.flag ? equalsValues(subject, w) == 1 : truth(w) == 1;
            if (hit) return eval(*e.args[k + 1], r, c);
        }
        return e.args[n - 1] ? eval(*e.args[n - 1], r, c) : Value();
    }
    case EK::CountStar:
    case EK::Func:
        if (e.aggIdx >= 0) {
            if (!c.agg) err("Invalid use of aggregating function '" + e.name + "'");
            return (*c.agg)[e.aggIdx];
        }
        return callFunc(e, r, c);
    }
    return Value();
}

// ---------------------------------------------------------------------------
// write helpers
// ---------------------------------------------------------------------------

void validateProp(const Value &v) {
    if (!storable(v)) err("Property values can only be of primitive types or arrays of primitive types");
}

void enforceConstraints(Ctx &c, bool node, uint64_t id) {
    Graph &g = c.g;
    if (g.constraints.empty()) return;
    std::vector<std::string> names;
    if (node) for (int l : g.nodes[id].labels) names.push_back(g.labels[l]);
    else names.push_back(g.types[g.edges[id].type]);
    const Attrs &attrs = node ? g.nodes[id].attrs : g.edges[id].attrs;
    for (auto &cd : g.constraints) {
        if (cd.node != node || std::find(names.begin(), names.end(), cd.label) == names.end()) continue;
        if (!cd.unique) {
            for (size_t k = 0; k < cd.attrIds.size(); k++)
                if (!g.attr(attrs, cd.attrIds[k])) {
                    if (node) err("mandatory constraint violation: node with label " + cd.label + " missing property " + cd.props[k]);
                    err("mandatory constraint violation: edge with relationship-type " + cd.label + " missing property " + cd.props[k]);
                }
            continue;
        }
        std::vector<const Value *> mine;
        for (auto a : cd.attrIds) {
            const Value *v = g.attr(attrs, a);
            if (!v) { mine.clear(); break; }
            mine.push_back(v);
        }
        if (mine.empty()) continue;
        auto same = [&](const Attrs &other) {
            for (size_t k = 0; k < cd.attrIds.size(); k++) {
                const Value *v = g.attr(other, cd.attrIds[k]);
                if (!v || equalsValues(*v, *mine[k]) != 1) return false;
            }
            return true;
        };
        if (node) {
            int l = g.labelId(cd.label);
            for (uint64_t o : g.labelNodes[l])
                if (o != id && same(g.nodes[o].attrs)) err("unique constraint violation on node of type " + cd.label);
        } else {
            int t = g.typeId(cd.label);
            for (uint64_t o = 0; o < g.edges.size(); o++)
                if (o != id && g.edges[o].alive && g.edges[o].type == t && same(g.edges[o].attrs))
                    err("unique constraint violation, on edge of relationship-type " + cd.label);
        }
    }
}

// Applies `n.p = v` style updates with FalkorDB's AttributeSet_Update semantics.
void applyUpdates(Ctx &c, Attrs &set, std::vector<std::pair<uint16_t, Value>> &ups) {
    if (ups.empty()) return;
    if (set.empty()) {
        for (auto &u : ups) {
            if (u.second.isNull()) continue;
            bool found = false;
            for (auto &kv : set)
                if (kv.first == u.first) { kv.second = u.second; found = true; }
            if (!found) set.push_back(u);
            c.st.propsSet++;
        }
        ups.clear();
        return;
    }
    std::vector<size_t> removeIdx;
    std::vector<size_t> addIdx;
    for (size_t k = 0; k < ups.size(); k++) {
        auto &u = ups[k];
        size_t idx = SIZE_MAX;
        for (size_t j = 0; j < set.size(); j++)
            if (set[j].first == u.first) { idx = j; break; }
        bool remove = u.second.isNull();
        if (idx == SIZE_MAX && remove) continue;
        if (idx != SIZE_MAX) {
            if (remove) {
                if (std::find(removeIdx.begin(), removeIdx.end(), idx) == removeIdx.end()) removeIdx.push_back(idx);
                c.st.propsRemoved++;
            } else {
                Value &cur = set[idx].second;
                bool equal = cur.t == u.second.t ? compareValues(cur, u.second) == 0
                                                 : (cur.isNum() && u.second.isNum() && cur.num() == u.second.num());
                if (!equal) {
                    cur = u.second;
                    c.st.propsSet++;
                    c.st.propsRemoved++;
                }
            }
        } else {
            bool dup = false;
            for (size_t a : addIdx)
                if (ups[a].first == u.first) { ups[a].second = u.second; dup = true; }
            if (!dup) addIdx.push_back(k);
            c.st.propsSet++;
        }
    }
    size_t overlap = std::min(addIdx.size(), removeIdx.size());
    for (size_t k = 0; k < overlap; k++) set[removeIdx[k]] = ups[addIdx[k]];
    if (removeIdx.size() > overlap) {
        std::vector<size_t> rest(removeIdx.begin() + overlap, removeIdx.end());
        std::sort(rest.begin(), rest.end(), std::greater<size_t>());
        for (size_t idx : rest) {
            set[idx] = set.back();
            set.pop_back();
        }
    } else {
        for (size_t k = overlap; k < addIdx.size(); k++) set.push_back(ups[addIdx[k]]);
    }
    ups.clear();
}

Attrs mapToAttrs(Ctx &c, const Value &m, bool mergeMode) {
    Attrs out;
    for (auto &kv : m.m()) {
        if (kv.second.isNull()) {
            if (mergeMode) err("Cannot merge node using null property value");
            continue;
        }
        validateProp(kv.second);
        uint16_t id = (uint16_t)c.g.addAttr(kv.first);
        bool rep = false;
        for (auto &a : out)
            if (a.first == id) { a.second = kv.second; rep = true; }
        if (!rep) out.emplace_back(id, kv.second);
    }
    return out;
}

// ---------------------------------------------------------------------------
// operators (push model)
// ---------------------------------------------------------------------------

struct Op {
    Op *next = nullptr;
    virtual ~Op() = default;
    virtual void push(Row &r) = 0;
    virtual void finish() { if (next) next->finish(); }
};

struct Sink : Op {
    Result *res;
    Ctx *c;
    int64_t cap;
    void push(Row &r) override {
        if (cap >= 0 && (int64_t)res->rows.size() >= cap) return;  // silent RESULTSET_SIZE truncation
        res->rows.push_back(Row(r.begin(), r.begin() + res->cols.size()));
    }
    void finish() override {}
};

struct NullSink : Op {
    void push(Row &) override {}
    void finish() override {}
};

struct FilterOp : Op {
    Ctx *c;
    ExprP where;
    void push(Row &r) override {
        if (truth(eval(*where, r, *c)) == 1) next->push(r);
    }
};

struct UnwindOp : Op {
    Ctx *c;
    ExprP e;
    int slot;
    void push(Row &r) override {
        // lazy range()
        if (e->k == EK::Func && e->name == "range" && (e->args.size() == 2 || e->args.size() == 3)) {
            int64_t lo = toInt(eval(*e->args[0], r, *c), "Integer"), hi = toInt(eval(*e->args[1], r, *c), "Integer");
            int64_t step = e->args.size() > 2 ? toInt(eval(*e->args[2], r, *c), "Integer") : 1;
            if (step == 0) err("ArgumentError: step argument to range() can't be 0");
            for (int64_t x = lo; step > 0 ? x <= hi : x >= hi; x += step) {
                c->tick();
                r[slot] = Value::integer(x);
                next->push(r);
            }
            return;
        }
        Value v = eval(*e, r, *c);
        if (v.isNull()) return;
        if (v.t != T::Array) {
            c->tick();
            r[slot] = v;
            next->push(r);
            return;
        }
        for (const Value &x : v.a()) {
            c->tick();
            r[slot] = x;
            next->push(r);
        }
    }
};

// --- pattern matching -------------------------------------------------------

struct NodeStep {
    int slot;
    bool bound;  // bound before this clause
    std::vector<std::string> labels;
    ExprP props;
};
struct RelStep {
    int slot;
    bool bound;
    std::vector<std::string> types;
    ExprP props;
    int dir;
};
struct PathPlan {
    std::vector<NodeStep> nodes;
    std::vector<RelStep> rels;
    // ID seek info for nodes[0]
    std::vector<std::pair<std::string, ExprP>> seeks;  // op, expr (ID(n) op expr)
};

bool propsMatch(Ctx &c, const Attrs &attrs, const ExprP &props, Row &r, bool forMerge) {
    if (!props) return true;
    Value m = eval(*props, r, c);
    if (m.isNull()) return true;
    if (m.t != T::Map) typeMismatch("Map", m);
    for (auto &kv : m.m()) {
        if (kv.second.isNull() && forMerge) err("Cannot merge node using null property value");
        const Value *v = c.g.attr(attrs, c.g.attrId(kv.first));
        if (!v || equalsValues(*v, kv.second) != 1) return false;
    }
    return true;
}

bool nodeOk(Ctx &c, uint64_t id, const NodeStep &s, Row &r, bool forMerge) {
    if (!c.g.nodeAlive(id)) return false;
    const NodeRec &n = c.g.nodes[id];
    for (auto &l : s.labels) {
        int lid = c.g.labelId(l);
        if (lid < 0 || std::find(n.labels.begin(), n.labels.end(), lid) == n.labels.end()) return false;
    }
    return propsMatch(c, n.attrs, s.props, r, forMerge);
}

// Enumerates all bindings of the given paths, calling `emit` for each.
struct Matcher {
    Ctx *c;
    std::vector<PathPlan> paths;
    bool forMerge = false;

    void run(Row &r, const std::function<void(Row &)> &emit) { path(0, r, emit); }

    void path(size_t pi, Row &r, const std::function<void(Row &)> &emit) {
        if (pi == paths.size()) { emit(r); return; }
        PathPlan &p = paths[pi];
        NodeStep &s0 = p.nodes[0];
        auto cont = [&](Row &row) { step(pi, 0, row, emit); };
        if (s0.bound || (s0.slot >= 0 && !r[s0.slot].isNull() && r[s0.slot].t == T::Node && pi > 0 && false)) {
            const Value &v = r[s0.slot];
            if (v.t != T::Node) return;
            if (!nodeOk(*c, v.i, s0, r, forMerge)) return;
            cont(r);
            return;
        }
        std::vector<uint64_t> cand = candidates(p, r);
        for (uint64_t id : cand) {
            c->tick();
            if (!nodeOk(*c, id, s0, r, forMerge)) continue;
            r[s0.slot] = Value::node(id);
            cont(r);
        }
    }

    std::vector<uint64_t> candidates(PathPlan &p, Row &r) {
        Graph &g = c->g;
        int64_t lo = 0, hi = INT64_MAX;
        bool eqSeek = false;
        int64_t eqId = 0;
        bool any = false;
        for (auto &sk : p.seeks) {
            Value v = eval(*sk.second, r, *c);
            if (v.isNull()) return {};
            int64_t x;
            if (v.t == T::Int) x = v.i;
            else if (v.t == T::Double) {
                // compare against a fractional bound
                double d = v.d;
                if (sk.first == "=") { if (d != floor(d)) return {}; x = (int64_t)d; }
                else if (sk.first == ">=" || sk.first == ">") x = (int64_t)ceil(d) - ((sk.first == ">" && d == ceil(d)) ? 0 : 0);
                else x = (int64_t)floor(d);
                if (sk.first == ">" && d != ceil(d)) { lo = std::max(lo, x); any = true; continue; }
                if (sk.first == "<" && d != floor(d)) { hi = std::min(hi, x + 1); any = true; continue; }
            } else return {};
            any = true;
            if (sk.first == "=") { if (eqSeek && eqId != x) return {}; eqSeek = true; eqId = x; }
            else if (sk.first == ">=") lo = std::max(lo, x);
            else if (sk.first == ">") lo = std::max(lo, x + 1);
            else if (sk.first == "<=") hi = std::min(hi, x == INT64_MAX ? x : x + 1);
            else if (sk.first == "<") hi = std::min(hi, x);
        }
        std::vector<uint64_t> out;
        if (eqSeek) {
            if (eqId >= lo && eqId < hi && eqId >= 0 && g.nodeAlive((uint64_t)eqId)) out.push_back((uint64_t)eqId);
            return out;
        }
        if (lo < 0) lo = 0;
        NodeStep &s0 = p.nodes[0];
        if (!s0.labels.empty()) {
            int lid = g.labelId(s0.labels[0]);
            if (lid < 0) return out;
            auto &set = g.labelNodes[lid];
            for (auto it = set.lower_bound((uint64_t)lo); it != set.end() && (int64_t)*it < hi; ++it) out.push_back(*it);
            return out;
        }
        uint64_t end = std::min<uint64_t>(g.nodes.size(), any ? (uint64_t)std::max<int64_t>(hi, 0) : g.nodes.size());
        for (uint64_t id = (uint64_t)lo; id < end; id++)
            if (g.nodes[id].alive) out.push_back(id);
        return out;
    }

    void step(size_t pi, size_t ri, Row &r, const std::function<void(Row &)> &emit) {
        PathPlan &p = paths[pi];
        if (ri == p.rels.size()) { path(pi + 1, r, emit); return; }
        RelStep &rs = p.rels[ri];
        NodeStep &ns = p.nodes[ri + 1];
        Graph &g = c->g;
        uint64_t from = (uint64_t)r[p.nodes[ri].slot].i;
        struct Cand { uint64_t other, type, id; };
        std::vector<Cand> cands;
        std::vector<int> typeIds;
        for (auto &t : rs.types) {
            int id = g.typeId(t);
            if (id >= 0) typeIds.push_back(id);
        }
        if (!rs.types.empty() && typeIds.empty()) return;
        auto typeOk = [&](int t) { return typeIds.empty() || std::find(typeIds.begin(), typeIds.end(), t) != typeIds.end(); };
        if (rs.dir >= 0)
            for (uint64_t eid : g.nodes[from].out) {
                const EdgeRec &e = g.edges[eid];
                if (typeOk(e.type)) cands.push_back({e.dst, (uint64_t)e.type, eid});
            }
        if (rs.dir <= 0)
            for (uint64_t eid : g.nodes[from].in) {
                const EdgeRec &e = g.edges[eid];
                if (rs.dir == 0 && e.src == from && e.dst == from) continue;  // self loop already seen
                if (typeOk(e.type)) cands.push_back({e.src, (uint64_t)e.type, eid});
            }
        // FalkorDB collects edges per (src,dest) pair by type then id, and pops them (reverse)
        std::stable_sort(cands.begin(), cands.end(), [](const Cand &a, const Cand &b) {
            if (a.other != b.other) return a.other < b.other;
            if (a.type != b.type) return a.type > b.type;
            return a.id > b.id;
        });
        Value savedRel = rs.slot >= 0 ? r[rs.slot] : Value();
        for (auto &cd : cands) {
            c->tick();
            if (rs.bound) {
                if (r[rs.slot].t != T::Edge || (uint64_t)r[rs.slot].i != cd.id) continue;
            }
            if (!propsMatch(*c, g.edges[cd.id].attrs, rs.props, r, forMerge)) continue;
            // relationship uniqueness within the pattern
            bool dup = false;
            for (size_t k = 0; k < ri; k++)
                if (p.rels[k].slot >= 0 && r[p.rels[k].slot].t == T::Edge && (uint64_t)r[p.rels[k].slot].i == cd.id) dup = true;
            if (dup) continue;
            if (ns.bound) {
                if (r[ns.slot].t != T::Node || (uint64_t)r[ns.slot].i != cd.other) continue;
                if (!nodeOk(*c, cd.other, ns, r, forMerge)) continue;
                if (rs.slot >= 0) r[rs.slot] = Value::edge(cd.id);
                step(pi, ri + 1, r, emit);
            } else {
                if (!nodeOk(*c, cd.other, ns, r, forMerge)) continue;
                Value savedNode = r[ns.slot];
                r[ns.slot] = Value::node(cd.other);
                if (rs.slot >= 0) r[rs.slot] = Value::edge(cd.id);
                step(pi, ri + 1, r, emit);
                r[ns.slot] = savedNode;
            }
        }
        if (rs.slot >= 0 && !rs.bound) r[rs.slot] = savedRel;
    }
};

struct MatchOp : Op {
    Ctx *c;
    Matcher m;
    ExprP where;
    bool optional = false;
    std::vector<int> newSlots;
    void push(Row &r) override {
        bool any = false;
        m.run(r, [&](Row &row) {
            if (where && truth(eval(*where, row, *c)) != 1) return;
            any = true;
            next->push(row);
        });
        if (!any && optional) {
            for (int s : newSlots) r[s] = Value();
            next->push(r);
        }
    }
};

// --- projection / aggregation ---------------------------------------------------

struct Acc {
    int64_t count = 0;
    Value v;  // min/max/sum
    double sumD = 0;
    bool sumIsInt = true;
    int64_t sumI = 0;
    Arr list;
    std::unordered_set<std::string> seen;
};

struct ProjectOp : Op {
    Ctx *c;
    SegP out;        // output segment
    std::vector<ExprP> items;
    std::vector<Expr *> aggs;
    bool aggregate = false;
    bool distinct = false;
    std::vector<std::pair<ExprP, bool>> order;  // bound against [outputs..., inputs...]
    ExprP skip, limit, where;
    size_t nOut = 0;
    size_t inSlots = 0;
    size_t base = 0;  // offset of the copied input row (for ORDER BY)
    bool buffered = false;

    struct Group {
        Row keys;
        Row firstIn;
        std::vector<Acc> accs;
    };
    std::unordered_map<std::string, size_t> groupIdx;
    std::vector<Group> groups;
    std::vector<Row> buf;  // buffered output rows (outputs + inputs)
    Row scratch;           // reused output row (streaming projections)
    int keyItems = -1;

    Row project(Row &in) {
        Row o(std::max((size_t)out->nslots, buffered ? base + inSlots : nOut));
        for (size_t k = 0; k < nOut; k++) o[k] = eval(*items[k], in, *c);
        if (buffered)
            for (size_t k = 0; k < inSlots && k < in.size(); k++) o[base + k] = in[k];
        return o;
    }

    void push(Row &r) override {
        if (aggregate) {
            if (keyItems < 0) {
                keyItems = 0;
                for (size_t k = 0; k < nOut; k++) if (!containsAgg(items[k].get())) keyItems++;
            }
            if (keyItems == 0) {
                if (groups.empty()) { groupIdx[""] = 0; groups.push_back(Group{{}, r, std::vector<Acc>(aggs.size())}); }
                for (size_t a = 0; a < aggs.size(); a++) accumulate(*aggs[a], groups[0].accs[a], r);
                return;
            }
            Row keys;
            std::string key;
            for (size_t k = 0; k < nOut; k++)
                if (!containsAgg(items[k].get())) {
                    Value v = eval(*items[k], r, *c);
                    key += hashKey(v);
                    keys.push_back(v);
                }
            auto it = groupIdx.find(key);
            Group *g;
            if (it == groupIdx.end()) {
                groupIdx[key] = groups.size();
                groups.push_back(Group{keys, r, std::vector<Acc>(aggs.size())});
                g = &groups.back();
            } else {
                g = &groups[it->second];
            }
            for (size_t a = 0; a < aggs.size(); a++) accumulate(*aggs[a], g->accs[a], r);
            return;
        }
        if (buffered) { buf.push_back(project(r)); return; }
        if (scratch.size() < (size_t)out->nslots || scratch.size() < nOut) scratch.resize(std::max((size_t)out->nslots, nOut));
        for (size_t k = 0; k < nOut; k++) scratch[k] = eval(*items[k], r, *c);
        for (size_t k = nOut; k < scratch.size(); k++) scratch[k] = Value();
        if (where && truth(eval(*where, scratch, *c)) != 1) return;
        next->push(scratch);
    }

    void accumulate(Expr &e, Acc &acc, Row &r) {
        if (e.k == EK::CountStar) { acc.count++; return; }
        Value v = e.args.empty() ? Value() : eval(*e.args[0], r, *c);
        if (v.isNull()) return;
        if (e.distinct) {
            std::string h = hashKey(v);
            if (!acc.seen.insert(h).second) return;
        }
        const std::string &n = e.name;
        if (n == "count") acc.count++;
        else if (n == "collect") acc.list.push_back(v);
        else if (n == "min" || n == "max") {
            if (acc.v.isNull()) acc.v = v;
            else {
                int cmp = compareValues(v, acc.v);
                if ((n == "min" && cmp < 0) || (n == "max" && cmp > 0)) acc.v = v;
            }
        } else if (n == "sum" || n == "avg") {
            if (!v.isNum()) typeMismatch("Integer, Float, or Null", v);
            acc.count++;
            if (v.t == T::Int && acc.sumIsInt) acc.sumI += v.i;
            else {
                if (acc.sumIsInt) { acc.sumD = (double)acc.sumI; acc.sumIsInt = false; }
                acc.sumD += v.num();
            }
        }
    }

    Value finalize(Expr &e, Acc &acc) {
        if (e.k == EK::CountStar || e.name == "count") return Value::integer(acc.count);
        if (e.name == "collect") return Value::array(acc.list);
        if (e.name == "min" || e.name == "max") return acc.v;
        if (e.name == "sum") return acc.sumIsInt ? Value::integer(acc.sumI) : Value::dbl(acc.sumD);
        if (e.name == "avg") {
            if (acc.count == 0) return Value();
            double s = acc.sumIsInt ? (double)acc.sumI : acc.sumD;
            return Value::dbl(s / (double)acc.count);
        }
        return Value();
    }

    void finish() override {
        std::vector<Row> rows;
        if (aggregate) {
            bool hasKeys = false;
            for (size_t k = 0; k < nOut; k++)
                if (!containsAgg(items[k].get())) hasKeys = true;
            if (groups.empty() && !hasKeys) groups.push_back(Group{{}, Row(inSlots), std::vector<Acc>(aggs.size())});
            for (auto &g : groups) {
                std::vector<Value> aggVals;
                for (size_t a = 0; a < aggs.size(); a++) aggVals.push_back(finalize(*aggs[a], g.accs[a]));
                c->agg = &aggVals;
                Row o(std::max((size_t)out->nslots, base + inSlots));
                size_t ki = 0;
                for (size_t k = 0; k < nOut; k++) {
                    if (!containsAgg(items[k].get())) o[k] = g.keys[ki++];
                    else o[k] = eval(*items[k], g.firstIn, *c);
                }
                c->agg = nullptr;
                for (size_t k = 0; k < inSlots && k < g.firstIn.size(); k++) o[base + k] = g.firstIn[k];
                rows.push_back(std::move(o));
            }
        } else if (buffered) {
            rows = std::move(buf);
        } else {
            Op::finish();
            return;
        }
        if (distinct) {
            std::unordered_set<std::string> seen;
            std::vector<Row> d;
            for (auto &row : rows) {
                std::string k;
                for (size_t i = 0; i < nOut; i++) k += hashKey(row[i]);
                if (seen.insert(k).second) d.push_back(std::move(row));
            }
            rows = std::move(d);
        }
        if (!order.empty()) {
            std::vector<std::pair<std::vector<Value>, size_t>> keyed;
            for (size_t i = 0; i < rows.size(); i++) {
                std::vector<Value> ks;
                for (auto &o : order) ks.push_back(eval(*o.first, rows[i], *c));
                keyed.emplace_back(std::move(ks), i);
            }
            std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
                for (size_t k = 0; k < order.size(); k++) {
                    int cmp = compareValues(a.first[k], b.first[k]);
                    if (cmp) return order[k].second ? cmp > 0 : cmp < 0;
                }
                return false;
            });
            std::vector<Row> sorted;
            for (auto &k : keyed) sorted.push_back(std::move(rows[k.second]));
            rows = std::move(sorted);
        }
        Row empty;
        int64_t sk = 0, lim = -1;
        if (skip) {
            Value v = eval(*skip, empty, *c);
            if (v.t != T::Int || v.i < 0) err("SKIP specified value of invalid type, must be a positive integer");
            sk = v.i;
        }
        if (limit) {
            Value v = eval(*limit, empty, *c);
            if (v.t != T::Int || v.i < 0) err("LIMIT specified value of invalid type, must be a positive integer");
            lim = v.i;
        }
        int64_t emitted = 0;
        for (int64_t i = sk; i < (int64_t)rows.size(); i++) {
            if (lim >= 0 && emitted >= lim) break;
            Row &row = rows[(size_t)i];
            if (where && truth(eval(*where, row, *c)) != 1) continue;
            emitted++;
            next->push(row);
        }
        Op::finish();
    }
};

// --- writes ---------------------------------------------------------------------

struct CreateOp : Op {
    Ctx *c;
    struct NodeC { int slot; bool bound; std::vector<std::string> labels; ExprP props; };
    struct RelC { int slot; std::string type; ExprP props; int dir; };
    struct PathC { std::vector<NodeC> nodes; std::vector<RelC> rels; };
    std::vector<PathC> paths;

    void push(Row &r) override {
        Graph &g = c->g;
        for (auto &p : paths) {
            for (auto &n : p.nodes) {
                if (n.bound) continue;
                if (!r[n.slot].isNull() && r[n.slot].t == T::Node && n.labels.empty() && !n.props) continue;  // bound earlier in clause
                std::vector<int> lbls;
                for (auto &l : n.labels) {
                    bool added = false;
                    int id = g.addLabel(l, &added);
                    if (added) c->st.labelsAdded++;
                    if (std::find(lbls.begin(), lbls.end(), id) == lbls.end()) lbls.push_back(id);
                }
                Attrs a;
                if (n.props) {
                    Value m = eval(*n.props, r, *c);
                    if (m.t == T::Map) a = mapToAttrs(*c, m, false);
                    else if (!m.isNull()) typeMismatch("Map", m);
                }
                c->st.nodesCreated++;
                c->st.propsSet += (int)a.size();
                uint64_t id = g.createNode(lbls, std::move(a));
                r[n.slot] = Value::node(id);
                enforceConstraints(*c, true, id);
            }
            for (size_t k = 0; k < p.rels.size(); k++) {
                auto &rl = p.rels[k];
                const Value &a = r[p.nodes[k].slot], &b = r[p.nodes[k + 1].slot];
                if (a.t != T::Node || b.t != T::Node || !g.nodeAlive(a.i) || !g.nodeAlive(b.i))
                    err("Failed to create relationship; endpoint was not found.");
                uint64_t src = rl.dir >= 0 ? (uint64_t)a.i : (uint64_t)b.i;
                uint64_t dst = rl.dir >= 0 ? (uint64_t)b.i : (uint64_t)a.i;
                int t = g.addType(rl.type);
                Attrs at;
                if (rl.props) {
                    Value m = eval(*rl.props, r, *c);
                    if (m.t == T::Map) at = mapToAttrs(*c, m, false);
                    else if (!m.isNull()) typeMismatch("Map", m);
                }
                c->st.relsCreated++;
                c->st.propsSet += (int)at.size();
                uint64_t id = g.createEdge(t, src, dst, std::move(at));
                if (rl.slot >= 0) r[rl.slot] = Value::edge(id);
                enforceConstraints(*c, false, id);
            }
        }
        next->push(r);
    }
};

struct SetOpBase {
    Ctx *c;
    struct Item { SetItem::Kind kind; int slot; std::string prop; ExprP e; std::vector<std::string> labels; };

    void apply(std::vector<Item> &items, Row &r) {
        Graph &g = c->g;
        // group consecutive updates per entity (FalkorDB accumulates `n.p = v` until a map assignment)
        std::vector<std::pair<int, std::vector<std::pair<uint16_t, Value>>>> pending;  // slot -> updates
        std::vector<int> touched;
        auto flush = [&](int slot) {
            for (auto &pe : pending)
                if (pe.first == slot && !pe.second.empty()) {
                    const Value &ent = r[slot];
                    Attrs a = ent.t == T::Node ? g.nodes[ent.i].attrs : g.edges[ent.i].attrs;
                    applyUpdates(*c, a, pe.second);
                    g.setAttrs(ent.t == T::Node, (uint64_t)ent.i, std::move(a));
                }
        };
        for (auto &it : items) {
            Value ent = r[it.slot];
            if (ent.isNull()) continue;
            if (ent.t != T::Node && ent.t != T::Edge)
                err("Update error: alias '" + std::string("?") + "' did not resolve to a graph entity");
            bool node = ent.t == T::Node;
            if (node ? !g.nodeAlive(ent.i) : !g.edgeAlive(ent.i)) continue;
            if (std::find(touched.begin(), touched.end(), it.slot) == touched.end()) touched.push_back(it.slot);
            if (it.kind == SetItem::Prop) {
                Value v = eval(*it.e, r, *c);
                if (!v.isNull()) validateProp(v);
                uint16_t id = (uint16_t)g.addAttr(it.prop);
                bool found = false;
                for (auto &pe : pending)
                    if (pe.first == it.slot) { pe.second.emplace_back(id, v); found = true; }
                if (!found) pending.push_back({it.slot, {{id, v}}});
                continue;
            }
            if (it.kind == SetItem::Labels) {
                if (!node) err("Type mismatch: expected Node but was Relationship");
                auto lbls = g.nodes[ent.i].labels;
                int added = 0;
                for (auto &l : it.labels) {
                    int id = g.addLabel(l);
                    if (std::find(lbls.begin(), lbls.end(), id) == lbls.end()) { lbls.push_back(id); added++; }
                }
                if (added) {
                    NodeRec before = g.nodes[ent.i];
                    for (int l : lbls) g.labelNodes[l].insert((uint64_t)ent.i);
                    g.nodes[ent.i].labels = lbls;
                    if (g.logging) {
                        uint64_t id = (uint64_t)ent.i;
                        g.undo.push_back([&g, id, before] {
                            for (int l : g.nodes[id].labels) g.labelNodes[l].erase(id);
                            g.nodes[id].labels = before.labels;
                            for (int l : before.labels) g.labelNodes[l].insert(id);
                        });
                    }
                    c->st.labelsAdded += added;
                }
                continue;
            }
            flush(it.slot);
            for (auto &pe : pending)
                if (pe.first == it.slot) pe.second.clear();
            Value v = eval(*it.e, r, *c);
            Attrs cur = node ? g.nodes[ent.i].attrs : g.edges[ent.i].attrs;
            if (v.t == T::Node || v.t == T::Edge) {
                if (v.t == ent.t && v.i == ent.i) continue;
                const Attrs *src = entityAttrs(v, *c);
                if (it.kind == SetItem::Replace) {
                    c->st.propsRemoved += (int)cur.size();
                    cur = src ? *src : Attrs();
                    c->st.propsSet += (int)cur.size();
                } else if (src) {
                    std::vector<std::pair<uint16_t, Value>> ups(src->begin(), src->end());
                    applyUpdates(*c, cur, ups);
                }
            } else if (v.t == T::Map) {
                if (it.kind == SetItem::Replace) {
                    c->st.propsRemoved += (int)cur.size();
                    cur.clear();
                }
                std::vector<std::pair<uint16_t, Value>> ups;
                bool add = cur.empty();
                for (auto &kv : v.m()) {
                    if (add && kv.second.isNull()) continue;
                    if (!kv.second.isNull()) validateProp(kv.second);
                    ups.emplace_back((uint16_t)g.addAttr(kv.first), kv.second);
                }
                applyUpdates(*c, cur, ups);
            } else {
                err("Property values can only be of primitive types or arrays of primitive types");
            }
            g.setAttrs(node, (uint64_t)ent.i, std::move(cur));
        }
        for (int s : touched) flush(s);
        for (int s : touched) {
            const Value &ent = r[s];
            if (ent.t == T::Node && g.nodeAlive(ent.i)) enforceConstraints(*c, true, (uint64_t)ent.i);
            if (ent.t == T::Edge && g.edgeAlive(ent.i)) enforceConstraints(*c, false, (uint64_t)ent.i);
        }
    }
};

struct SetOp : Op, SetOpBase {
    std::vector<Item> items;
    void push(Row &r) override {
        apply(items, r);
        next->push(r);
    }
};

struct RemoveOp : Op {
    Ctx *c;
    struct Item { int slot; std::string prop; std::vector<std::string> labels; };
    std::vector<Item> items;
    void push(Row &r) override {
        Graph &g = c->g;
        for (auto &it : items) {
            Value ent = r[it.slot];
            if (ent.t != T::Node && ent.t != T::Edge) continue;
            bool node = ent.t == T::Node;
            if (!it.prop.empty()) {
                int id = g.attrId(it.prop);
                if (id < 0) continue;
                Attrs cur = node ? g.nodes[ent.i].attrs : g.edges[ent.i].attrs;
                std::vector<std::pair<uint16_t, Value>> ups{{(uint16_t)id, Value()}};
                applyUpdates(*c, cur, ups);
                g.setAttrs(node, (uint64_t)ent.i, std::move(cur));
            } else if (node) {
                auto lbls = g.nodes[ent.i].labels;
                NodeRec before = g.nodes[ent.i];
                int removed = 0;
                for (auto &l : it.labels) {
                    int id = g.labelId(l);
                    auto pos = std::find(lbls.begin(), lbls.end(), id);
                    if (id >= 0 && pos != lbls.end()) { lbls.erase(pos); g.labelNodes[id].erase((uint64_t)ent.i); removed++; }
                }
                g.nodes[ent.i].labels = lbls;
                if (removed && g.logging) {
                    uint64_t nid = (uint64_t)ent.i;
                    g.undo.push_back([&g, nid, before] {
                        for (int l : g.nodes[nid].labels) g.labelNodes[l].erase(nid);
                        g.nodes[nid].labels = before.labels;
                        for (int l : before.labels) g.labelNodes[l].insert(nid);
                    });
                }
                c->st.labelsRemoved += removed;
            }
        }
        next->push(r);
    }
};

struct DeleteOp : Op {
    Ctx *c;
    std::vector<ExprP> exprs;
    std::vector<uint64_t> nodes, edges;
    std::unordered_set<uint64_t> nodeSet, edgeSet;
    std::vector<Row> rows;
    void push(Row &r) override {
        for (auto &e : exprs) {
            Value v = eval(*e, r, *c);
            if (v.t == T::Node) {
                if (c->g.nodeAlive(v.i) && nodeSet.insert((uint64_t)v.i).second) nodes.push_back((uint64_t)v.i);
            } else if (v.t == T::Edge) {
                if (c->g.edgeAlive(v.i) && edgeSet.insert((uint64_t)v.i).second) edges.push_back((uint64_t)v.i);
            } else if (!v.isNull()) {
                err("Delete type mismatch, expecting either Node or Relationship.");
            }
        }
        rows.push_back(r);
    }
    void finish() override {
        Graph &g = c->g;
        std::vector<uint64_t> explicitEdges;
        for (uint64_t e : edges)
            if (!nodeSet.count(g.edges[e].src) && !nodeSet.count(g.edges[e].dst)) explicitEdges.push_back(e);
        std::vector<uint64_t> implicitEdges;
        std::unordered_set<uint64_t> seen(explicitEdges.begin(), explicitEdges.end());
        for (uint64_t n : nodes) {
            for (uint64_t e : g.nodes[n].out) if (seen.insert(e).second) implicitEdges.push_back(e);
            for (uint64_t e : g.nodes[n].in) if (seen.insert(e).second) implicitEdges.push_back(e);
        }
        for (uint64_t e : explicitEdges) { g.deleteEdge(e); c->st.relsDeleted++; }
        for (uint64_t e : implicitEdges) { g.deleteEdge(e); c->st.relsDeleted++; }
        for (uint64_t n : nodes) { g.deleteNode(n); c->st.nodesDeleted++; }
        for (auto &r : rows) next->push(r);
        Op::finish();
    }
};

struct MergeOp : Op {
    Ctx *c;
    Matcher m;
    CreateOp creator;
    NullSink nullSink;
    SetOpBase setter;
    std::vector<SetOpBase::Item> onCreate, onMatch;
    void push(Row &r) override {
        std::vector<Row> found;
        m.forMerge = true;
        m.run(r, [&](Row &row) { found.push_back(row); });
        if (!found.empty()) {
            for (auto &row : found) {
                if (!onMatch.empty()) setter.apply(onMatch, row);
                next->push(row);
            }
            return;
        }
        // check null properties before creating
        for (auto &p : creator.paths) {
            for (auto &n : p.nodes)
                if (n.props && !n.bound) {
                    Value mv = eval(*n.props, r, *c);
                    if (mv.t == T::Map)
                        for (auto &kv : mv.m())
                            if (kv.second.isNull()) err("Cannot merge node using null property value");
                }
            for (auto &rl : p.rels)
                if (rl.props) {
                    Value mv = eval(*rl.props, r, *c);
                    if (mv.t == T::Map)
                        for (auto &kv : mv.m())
                            if (kv.second.isNull()) err("Cannot merge relationship using null property value");
                }
        }
        creator.next = &nullSink;
        creator.push(r);
        if (!onCreate.empty()) setter.apply(onCreate, r);
        next->push(r);
    }
};

// --- procedures -------------------------------------------------------------------

std::vector<std::string> procOutputs(const std::string &p, int version) {
    if (p == "db.labels") return {"label"};
    if (p == "db.relationshiptypes") return {"relationshipType"};
    if (p == "db.propertykeys") return {"propertyKey"};
    if (p == "db.indexes") return {"label", "properties", "types", "options", "language", "stopwords", "entitytype", "status", "info"};
    if (p == "db.constraints") return {"type", "label", "properties", "entitytype", "status"};
    if (p == "db.meta.stats" && version >= 41600) return {"labels", "relTypes", "relCount", "nodeCount", "labelCount", "relTypeCount", "propertyKeyCount"};
    if (p == "db.idx.fulltext.createnodeindex" || p == "db.idx.fulltext.drop") return {};
    err("Procedure `" + p + "` is not registered");
}

bool procIsWrite(const std::string &p) { return p == "db.idx.fulltext.createnodeindex" || p == "db.idx.fulltext.drop"; }

Value strList(const std::vector<std::string> &v) {
    Arr a;
    for (auto &s : v) a.push_back(Value::str(s));
    return Value::array(std::move(a));
}

Value indexInfo(Graph &g, const IndexDef &ix, int version) {
    MapV m;
    m.emplace_back("gcPolicy", Value::integer(0));
    m.emplace_back("score", Value::dbl(1));
    m.emplace_back("lang", Value::str(ix.language));
    Arr fields;
    auto field = [&](const std::string &path, double weight, bool caseSens) {
        MapV f;
        f.emplace_back("path", Value::str(path));
        f.emplace_back("name", Value::str(path));
        f.emplace_back("options", Value::integer(0));
        f.emplace_back("textWeight", Value::dbl(weight));
        f.emplace_back("tagCaseSensitive", Value::boolean(caseSens));
        fields.push_back(Value::map(std::move(f)));
    };
    for (auto &f : ix.fields) {
        if (f.range) {
            field("range:" + f.name, 0, true);
            if (version >= 41000) {
                field("range:" + f.name + ":numeric:arr", 0, false);
                field("range:" + f.name + ":string:arr", 0, true);
            }
        }
        if (f.fulltext) field(f.name, f.weight, false);
        if (f.vector) field("vector:" + f.name, 0, false);
    }
    field("NONE_INDEXABLE_FIELDS", 0, true);
    if (!ix.node) {
        field("range:_src_id", 0, false);
        field("range:_dest_id", 0, false);
    }
    m.emplace_back("fields", Value::array(std::move(fields)));
    int64_t docs = 0;
    if (ix.node) {
        int l = g.labelId(ix.label);
        if (l >= 0) docs = (int64_t)g.labelNodes[l].size();
    } else {
        int t = g.typeId(ix.label);
        if (t >= 0) docs = (int64_t)g.typeEdgeCount[t];
    }
    m.emplace_back("numDocuments", Value::integer(docs));
    m.emplace_back("maxDocId", Value::integer(docs));
    for (const char *k : {"docTableSize", "sortablesSize", "docTrieSize", "numTerms", "numRecords", "invertedSize", "invertedCap",
                          "skipIndexesSize", "scoreIndexesSize", "offsetVecsSize", "offsetVecRecords", "termsSize",
                          "indexingFailures", "totalCollected", "numCycles", "totalMSRun", "lastRunTimeMs"})
        m.emplace_back(k, Value::integer(0));
    return Value::map(std::move(m));
}

int schemaId(Graph &g, bool node, const std::string &label) { return node ? g.labelId(label) : g.typeId(label); }

void addIndexField(Ctx &c, bool node, const std::string &label, const std::string &prop, const std::string &kind, const Value *opts);

std::vector<Row> runProc(Ctx &c, const std::string &p, const std::vector<Value> &args) {
    Graph &g = c.g;
    std::vector<Row> out;
    if (p == "db.labels") for (auto &l : g.labels) out.push_back({Value::str(l)});
    else if (p == "db.relationshiptypes") for (auto &l : g.types) out.push_back({Value::str(l)});
    else if (p == "db.propertykeys") for (auto &l : g.attrs) out.push_back({Value::str(l)});
    else if (p == "db.indexes") {
        std::vector<const IndexDef *> ix;
        for (auto &i : g.indexes) ix.push_back(&i);
        // FalkorDB collects node schemas then edge schemas (by id) and pops from the end
        std::stable_sort(ix.begin(), ix.end(), [&](const IndexDef *a, const IndexDef *b) {
            if (a->node != b->node) return !a->node;
            return schemaId(g, a->node, a->label) > schemaId(g, b->node, b->label);
        });
        for (auto *i : ix) {
            std::vector<std::string> props;
            MapV types, options;
            for (auto &f : i->fields) {
                props.push_back(f.name);
                std::vector<std::string> ts;
                if (f.range) ts.push_back("RANGE");
                if (f.vector) ts.push_back("VECTOR");
                if (f.fulltext) ts.push_back("FULLTEXT");
                types.emplace_back(f.name, strList(ts));
                MapV o;
                if (f.vector) {
                    o.emplace_back("dimension", Value::integer(f.dimension));
                    o.emplace_back("similarityFunction", Value::str(f.similarity));
                    o.emplace_back("M", Value::integer(f.M));
                    o.emplace_back("efConstruction", Value::integer(f.efConstruction));
                    o.emplace_back("efRuntime", Value::integer(f.efRuntime));
                }
                options.emplace_back(f.name, Value::map(std::move(o)));
            }
            out.push_back({Value::str(i->label), strList(props), Value::map(types), Value::map(options), Value::str(i->language),
                           strList(i->stopwords), Value::str(i->node ? "NODE" : "RELATIONSHIP"), Value::str("OPERATIONAL"),
                           indexInfo(g, *i, c.opt.version)});
        }
    } else if (p == "db.constraints") {
        std::vector<const ConstraintDef *> cs;
        for (auto &x : g.constraints) cs.push_back(&x);
        std::stable_sort(cs.begin(), cs.end(), [&](const ConstraintDef *a, const ConstraintDef *b) {
            if (a->node != b->node) return a->node;
            return schemaId(g, a->node, a->label) < schemaId(g, b->node, b->label);
        });
        std::reverse(cs.begin(), cs.end());
        for (auto *x : cs)
            out.push_back({Value::str(x->unique ? "UNIQUE" : "MANDATORY"), Value::str(x->label), strList(x->props),
                           Value::str(x->node ? "NODE" : "RELATIONSHIP"), Value::str("OPERATIONAL")});
    } else if (p == "db.meta.stats") {
        MapV lm, tm;
        for (size_t l = 0; l < g.labels.size(); l++) lm.emplace_back(g.labels[l], Value::integer((int64_t)g.labelNodes[l].size()));
        for (size_t t = 0; t < g.types.size(); t++) tm.emplace_back(g.types[t], Value::integer((int64_t)g.typeEdgeCount[t]));
        out.push_back({Value::map(lm), Value::map(tm), Value::integer((int64_t)g.edgeCount), Value::integer((int64_t)g.nodeCount),
                       Value::integer((int64_t)g.labels.size()), Value::integer((int64_t)g.types.size()),
                       Value::integer((int64_t)g.attrs.size())});
    } else if (p == "db.idx.fulltext.createnodeindex") {
        if (args.size() < 2) err("Minimum number of arguments is 2");
        std::string label;
        IndexDef tmpl;
        if (args[0].t == T::String) label = args[0].s();
        else if (args[0].t == T::Map) {
            Value l = getProp(args[0], "label", c);
            if (l.t != T::String) err("Label is missing");
            label = l.s();
            Value lang = getProp(args[0], "language", c);
            if (lang.t == T::String) tmpl.language = lang.s();
            Value sw = getProp(args[0], "stopwords", c);
            if (sw.t == T::Array) for (auto &s : sw.a()) if (s.t == T::String) tmpl.stopwords.push_back(s.s());
        } else err("Label argument can be string or map");
        for (size_t k = 1; k < args.size(); k++) {
            std::string field;
            double weight = 1;
            if (args[k].t == T::String) field = args[k].s();
            else if (args[k].t == T::Map) {
                Value f = getProp(args[k], "field", c);
                if (f.t != T::String) err("Field is missing");
                field = f.s();
                Value w = getProp(args[k], "weight", c);
                if (w.isNum()) weight = w.num();
            } else err("Field argument must be string or map");
            MapV o;
            o.emplace_back("weight", Value::dbl(weight));
            Value ov = Value::map(o);
            addIndexField(c, true, label, field, "FULLTEXT", &ov);
        }
        IndexDef *ix = g.findIndex(true, label);
        if (ix && (args[0].t == T::Map)) { ix->language = tmpl.language; ix->stopwords = tmpl.stopwords; }
    } else if (p == "db.idx.fulltext.drop") {
        if (args.size() != 1 || args[0].t != T::String) err("Invalid arguments for procedure 'db.idx.fulltext.drop'");
        IndexDef *ix = g.findIndex(true, args[0].s());
        bool any = false;
        if (ix)
            for (auto &f : ix->fields)
                if (f.fulltext) { f.fulltext = false; any = true; }
        if (!any) err("ERR Unable to drop index on :" + args[0].s() + ": no such index.");
        c.st.indexDeletion = true;
        c.st.indicesDeleted++;
        g.indexes.erase(std::remove_if(g.indexes.begin(), g.indexes.end(), [](const IndexDef &d) {
            for (auto &f : d.fields) if (f.range || f.fulltext || f.vector) return false;
            return true;
        }), g.indexes.end());
        for (auto &d : g.indexes)
            d.fields.erase(std::remove_if(d.fields.begin(), d.fields.end(), [](const IndexField &f) { return !f.range && !f.fulltext && !f.vector; }), d.fields.end());
    }
    return out;
}

void addIndexField(Ctx &c, bool node, const std::string &label, const std::string &prop, const std::string &kind, const Value *opts) {
    Graph &g = c.g;
    if (node) g.addLabel(label);
    else g.addType(label);
    g.addAttr(prop);
    IndexDef *ix = g.findIndex(node, label);
    if (!ix) {
        g.indexes.push_back(IndexDef());
        ix = &g.indexes.back();
        ix->node = node;
        ix->label = label;
    }
    IndexField *f = nullptr;
    for (auto &x : ix->fields)
        if (x.name == prop) f = &x;
    if (!f) {
        ix->fields.push_back(IndexField());
        f = &ix->fields.back();
        f->name = prop;
    }
    bool &flag = kind == "RANGE" ? f->range : kind == "FULLTEXT" ? f->fulltext : f->vector;
    if (flag) {
        if (kind == "RANGE" || kind == "VECTOR") err("Attribute '" + prop + "' is already indexed");
        err("Attribute '" + prop + "' is already indexed");
    }
    if (kind == "VECTOR") {
        if (!opts || opts->t != T::Map) err("Invalid vector index configuration");
        Value dim = getProp(*opts, "dimension", c), sim = getProp(*opts, "similarityFunction", c);
        if (dim.t != T::Int || dim.i <= 0 || sim.t != T::String || (sim.s() != "euclidean" && sim.s() != "cosine"))
            err("Invalid vector index configuration");
        f->dimension = dim.i;
        f->similarity = sim.s();
        for (auto kv : {std::make_pair("M", &f->M), std::make_pair("efConstruction", &f->efConstruction),
                        std::make_pair("efRuntime", &f->efRuntime)}) {
            Value v = getProp(*opts, kv.first, c);
            if (v.isNull()) continue;
            if (v.t != T::Int || v.i <= 0) err("Invalid vector index configuration");
            *kv.second = v.i;
        }
    }
    if (kind == "FULLTEXT" && opts && opts->t == T::Map) {
        Value w = getProp(*opts, "weight", c);
        if (w.isNum()) f->weight = w.num();
        Value lang = getProp(*opts, "language", c);
        if (lang.t == T::String) ix->language = lang.s();
        Value sw = getProp(*opts, "stopwords", c);
        if (sw.t == T::Array) {
            ix->stopwords.clear();
            for (auto &s : sw.a()) if (s.t == T::String) ix->stopwords.push_back(s.s());
        }
    }
    flag = true;
    c.st.indexCreation = true;
    c.st.indicesCreated++;
}

struct CallOp : Op {
    Ctx *c;
    std::string proc;
    std::vector<ExprP> args;
    std::vector<std::pair<int, int>> map;  // output column index -> slot
    ExprP where;
    void push(Row &r) override {
        std::vector<Value> a;
        for (auto &x : args) a.push_back(eval(*x, r, *c));
        auto rows = runProc(*c, proc, a);
        for (auto &row : rows) {
            c->tick();
            for (auto &m : map) r[m.second] = row[m.first];
            if (where && truth(eval(*where, r, *c)) != 1) continue;
            next->push(r);
        }
    }
};

// ---------------------------------------------------------------------------
// planning
// ---------------------------------------------------------------------------

bool usesOnly(const Expr *e, const Seg &outer, const std::set<std::string> &inner) {
    if (!e) return true;
    if (e->k == EK::Var) return outer.find(e->name) >= 0 && !inner.count(e->name);
    for (auto &a : e->args)
        if (!usesOnly(a.get(), outer, inner)) return false;
    return true;
}

void conjuncts(const ExprP &e, std::vector<ExprP> &out) {
    if (!e) return;
    if (e->k == EK::Binary && e->name == "AND") {
        conjuncts(e->args[0], out);
        conjuncts(e->args[1], out);
        return;
    }
    out.push_back(e);
}

bool isIdOf(const Expr *e, std::string &var) {
    if (e->k == EK::Func && e->name == "id" && e->args.size() == 1 && e->args[0]->k == EK::Var) {
        var = e->args[0]->name;
        return true;
    }
    return false;
}

std::string flipOp(const std::string &op) {
    if (op == "<") return ">";
    if (op == ">") return "<";
    if (op == "<=") return ">=";
    if (op == ">=") return "<=";
    return op;
}

// ID seeks usable for `var` from a WHERE clause: (op, expr) with expr not depending on `inner` vars.
std::vector<std::pair<std::string, ExprP>> findSeeks(const ExprP &where, const std::string &var, const Seg &outer,
                                                     const std::set<std::string> &inner, bool operandOnly, bool *all) {
    std::vector<ExprP> cs;
    conjuncts(where, cs);
    std::vector<std::pair<std::string, ExprP>> out;
    bool consumedAll = true;
    for (auto &c : cs) {
        bool used = false;
        if (c->k == EK::Binary) {
            const std::string &op = c->name;
            if (op == "=" || op == "<" || op == ">" || op == "<=" || op == ">=") {
                std::string v;
                for (int side = 0; side < 2 && !used; side++) {
                    const ExprP &idSide = c->args[side], &other = c->args[1 - side];
                    if (isIdOf(idSide.get(), v) && v == var && usesOnly(other.get(), outer, inner)) {
                        bool operand = other->k == EK::Var || other->k == EK::Param || other->k == EK::Lit;
                        if (operandOnly && !operand) continue;
                        out.emplace_back(side == 0 ? op : flipOp(op), other);
                        used = true;
                    }
                }
            }
        }
        if (!used) consumedAll = false;
    }
    if (all) *all = consumedAll;
    return out;
}

struct Plan {
    std::vector<std::unique_ptr<Op>> ops;
    Op *head = nullptr;
    Op *tail = nullptr;
    void add(std::unique_ptr<Op> op) {
        Op *p = op.get();
        if (tail) tail->next = p;
        else head = p;
        tail = p;
        ops.push_back(std::move(op));
    }
};

std::vector<SetOpBase::Item> bindSetItems(const std::vector<SetItem> &items, Seg &s, const Params &params) {
    std::vector<SetOpBase::Item> out;
    for (auto &it : items) {
        SetOpBase::Item x;
        x.kind = it.kind;
        x.slot = s.find(it.var);
        if (x.slot < 0) err("'" + it.var + "' not defined");
        x.prop = it.prop;
        x.e = it.e;
        x.labels = it.labels;
        if (x.e) {
            bindExpr(x.e.get(), s, nullptr, params);
            if (containsAgg(x.e.get())) err("Invalid use of aggregating function");
        }
        out.push_back(x);
    }
    return out;
}

void checkAnonNames(PathPat &p, int &counter) {
    for (auto &n : p.nodes)
        if (n.var.empty()) n.var = "@anon_" + std::to_string(counter++);
    for (auto &r : p.rels)
        if (r.var.empty()) r.var = "@anon_" + std::to_string(counter++);
}

Matcher buildMatcher(Ctx &c, std::vector<PathPat> &paths, Seg &s, const ExprP &where, std::vector<int> &newSlots, int &anon) {
    Seg outer = s;
    std::set<std::string> inner;
    for (auto &p : paths) {
        checkAnonNames(p, anon);
        for (auto &n : p.nodes)
            if (outer.find(n.var) < 0) inner.insert(n.var);
        for (auto &r : p.rels)
            if (outer.find(r.var) < 0) inner.insert(r.var);
    }
    Matcher m;
    m.c = &c;
    for (auto &pp : paths) {
        if (pp.rels.size() && pp.rels[0].varLen) err("FalkorDB stand-in does not support variable length relationships");
        // start from a bound node when the first one is not bound
        bool firstBound = s.find(pp.nodes[0].var) >= 0;
        bool lastBound = s.find(pp.nodes.back().var) >= 0;
        PathPat p = pp;
        if (!firstBound && lastBound) {
            std::reverse(p.nodes.begin(), p.nodes.end());
            std::reverse(p.rels.begin(), p.rels.end());
            for (auto &r : p.rels) r.dir = -r.dir;
        }
        PathPlan plan;
        std::set<std::string> declared;
        for (size_t k = 0; k < p.nodes.size(); k++) {
            auto &n = p.nodes[k];
            NodeStep st;
            st.bound = s.find(n.var) >= 0;
            st.slot = s.add(n.var);
            if (!st.bound) newSlots.push_back(st.slot);
            declared.insert(n.var);
            st.labels = n.labels;
            st.props = n.props;
            plan.nodes.push_back(st);
            if (k < p.rels.size()) {
                auto &r = p.rels[k];
                RelStep rs;
                rs.bound = s.find(r.var) >= 0;
                rs.slot = s.add(r.var);
                if (!rs.bound) newSlots.push_back(rs.slot);
                rs.types = r.types;
                rs.props = r.props;
                rs.dir = r.dir;
                plan.rels.push_back(rs);
            }
        }
        if (!plan.nodes[0].bound && where)
            plan.seeks = findSeeks(where, p.nodes[0].var, outer, inner, false, nullptr);
        m.paths.push_back(plan);
    }
    // bind inline property maps (they may reference variables of this pattern)
    for (auto &p : m.paths) {
        for (auto &n : p.nodes) if (n.props) bindExpr(n.props.get(), s, nullptr, c.params);
        for (auto &r : p.rels) if (r.props) bindExpr(r.props.get(), s, nullptr, c.params);
    }
    return m;
}

struct Built {
    Plan plan;
    std::vector<SegP> segs;
    std::vector<std::string> cols;
    bool hasResult = false;
};

void buildPlan(Ctx &c, Statement &st, Built &b, Result &res) {
    SegP s = std::make_shared<Seg>();
    b.segs.push_back(s);
    int anon = 0;
    auto &clauses = st.clauses;
    for (size_t ci = 0; ci < clauses.size(); ci++) {
        Clause &cl = clauses[ci];
        bool last = ci + 1 == clauses.size();
        switch (cl.k) {
        case CK::Match: {
            auto op = std::make_unique<MatchOp>();
            op->c = &c;
            op->optional = cl.optional;
            op->m = buildMatcher(c, cl.paths, *s, cl.where, op->newSlots, anon);
            if (cl.where) {
                bindExpr(cl.where.get(), *s, nullptr, c.params);
                op->where = cl.where;
            }
            b.plan.add(std::move(op));
            break;
        }
        case CK::Unwind: {
            auto op = std::make_unique<UnwindOp>();
            op->c = &c;
            bindExpr(cl.expr.get(), *s, nullptr, c.params);
            op->e = cl.expr;
            op->slot = s->add(cl.alias);
            b.plan.add(std::move(op));
            break;
        }
        case CK::With:
        case CK::Return: {
            auto op = std::make_unique<ProjectOp>();
            op->c = &c;
            std::vector<ProjItem> items = cl.items;
            if (cl.star) {
                for (auto &n : s->names)
                    if (n.rfind("@anon_", 0) != 0) {
                        auto v = std::make_shared<Expr>();
                        v->k = EK::Var;
                        v->name = n;
                        items.push_back({v, n});
                    }
                if (items.empty()) err("RETURN * is not allowed when there are no variables in scope");
            }
            std::set<std::string> names;
            for (auto &it : items) {
                if (!names.insert(it.alias).second) err("Error: Multiple result columns with the same name are not supported.");
                bindExpr(it.e.get(), *s, &op->aggs, c.params);
                if (cl.k == CK::With && it.e->k != EK::Var && it.alias == st.text.substr(it.e->b, it.e->e - it.e->b) &&
                    false)
                    err("WITH clause projections must be aliased");
                op->items.push_back(it.e);
                if (containsAgg(it.e.get())) op->aggregate = true;
            }
            op->nOut = items.size();
            op->inSlots = (size_t)s->nslots;
            op->distinct = cl.distinct;
            SegP ns = std::make_shared<Seg>();
            for (auto &it : items) ns->add(it.alias);
            // ORDER BY sees the projected names, then (for non-aggregating projections) the input names
            Seg orderScope = *ns;
            size_t base = (size_t)std::max<int>(ns->nslots, (int)op->nOut);
            orderScope.names.resize(base);
            for (size_t k = ns->names.size(); k < base; k++) orderScope.names[k] = "@pad";
            for (auto &n : s->names) orderScope.names.push_back(n);
            for (size_t k = base + s->names.size(); k < base + (size_t)s->nslots; k++) orderScope.names.push_back("@pad");
            orderScope.nslots = (int)orderScope.names.size();
            op->buffered = !cl.order.empty() || cl.skip || cl.limit || cl.distinct;
            op->base = base;
            for (auto &o : cl.order) {
                // replace aggregate sub-expressions equal to a projected item by a reference to it
                std::vector<Expr *> dummy;
                bindExpr(o.first.get(), orderScope, op->aggregate ? &dummy : nullptr, c.params);
                if (!dummy.empty()) err("Invalid use of aggregating function in ORDER BY");
                op->order.push_back(o);
            }
            if (cl.skip) bindExpr(cl.skip.get(), *ns, nullptr, c.params);
            if (cl.limit) bindExpr(cl.limit.get(), *ns, nullptr, c.params);
            op->skip = cl.skip;
            op->limit = cl.limit;
            op->out = ns;
            if (cl.where) {
                Seg ws = *ns;
                bindExpr(cl.where.get(), ws, nullptr, c.params);
                ns->nslots = std::max(ns->nslots, ws.nslots);
                op->where = cl.where;
            }
            if (cl.k == CK::Return) {
                for (auto &it : items) b.cols.push_back(it.alias);
                b.hasResult = true;
                if (!last) err("Unexpected clause following RETURN");
            }
            b.plan.add(std::move(op));
            s = ns;
            b.segs.push_back(s);
            break;
        }
        case CK::Create: {
            auto op = std::make_unique<CreateOp>();
            op->c = &c;
            for (auto &p : cl.paths) {
                checkAnonNames(p, anon);
                CreateOp::PathC pc;
                for (size_t k = 0; k < p.nodes.size(); k++) {
                    auto &n = p.nodes[k];
                    CreateOp::NodeC nc;
                    nc.bound = s->find(n.var) >= 0;
                    if (nc.bound && (!n.labels.empty() || n.props)) err("The bound variable '" + n.var + "' can't be redeclared in a CREATE clause");
                    nc.slot = s->add(n.var);
                    nc.labels = n.labels;
                    nc.props = n.props;
                    if (nc.props) bindExpr(nc.props.get(), *s, nullptr, c.params);
                    pc.nodes.push_back(nc);
                    if (k < p.rels.size()) {
                        auto &r = p.rels[k];
                        if (r.types.size() != 1) err("Exactly one relationship type must be specified for each relation in a CREATE pattern.");
                        if (r.dir == 0) err("Only directed relationships are supported in CREATE");
                        if (s->find(r.var) >= 0) err("The bound variable '" + r.var + "' can't be redeclared in a CREATE clause");
                        CreateOp::RelC rc;
                        rc.slot = s->add(r.var);
                        rc.type = r.types[0];
                        rc.props = r.props;
                        rc.dir = r.dir;
                        if (rc.props) bindExpr(rc.props.get(), *s, nullptr, c.params);
                        pc.rels.push_back(rc);
                    }
                }
                op->paths.push_back(pc);
            }
            b.plan.add(std::move(op));
            break;
        }
        case CK::Merge: {
            auto op = std::make_unique<MergeOp>();
            op->c = &c;
            op->setter.c = &c;
            op->creator.c = &c;
            PathPat &p = cl.paths[0];
            checkAnonNames(p, anon);
            for (auto &r : p.rels) {
                if (r.types.size() != 1) err("Exactly one relationship type must be specified for each relation in a MERGE pattern.");
                if (r.dir == 0) err("Only directed relationships are supported in MERGE");
            }
            Seg before = *s;
            std::vector<int> newSlots;
            std::vector<PathPat> ps{p};
            op->m = buildMatcher(c, ps, *s, nullptr, newSlots, anon);
            CreateOp::PathC pc;
            for (size_t k = 0; k < p.nodes.size(); k++) {
                auto &n = p.nodes[k];
                CreateOp::NodeC nc;
                nc.bound = before.find(n.var) >= 0;
                nc.slot = s->find(n.var);
                nc.labels = n.labels;
                nc.props = n.props;
                pc.nodes.push_back(nc);
                if (k < p.rels.size()) {
                    CreateOp::RelC rc;
                    rc.slot = s->find(p.rels[k].var);
                    rc.type = p.rels[k].types[0];
                    rc.props = p.rels[k].props;
                    rc.dir = p.rels[k].dir;
                    pc.rels.push_back(rc);
                }
            }
            op->creator.paths.push_back(pc);
            op->onCreate = bindSetItems(cl.onCreate, *s, c.params);
            op->onMatch = bindSetItems(cl.onMatch, *s, c.params);
            b.plan.add(std::move(op));
            break;
        }
        case CK::Set: {
            auto op = std::make_unique<SetOp>();
            op->c = &c;
            op->items = bindSetItems(cl.sets, *s, c.params);
            b.plan.add(std::move(op));
            break;
        }
        case CK::Remove: {
            auto op = std::make_unique<RemoveOp>();
            op->c = &c;
            for (auto &it : cl.sets) {
                RemoveOp::Item x;
                x.slot = s->find(it.var);
                if (x.slot < 0) err("'" + it.var + "' not defined");
                x.prop = it.kind == SetItem::Prop ? it.prop : "";
                x.labels = it.labels;
                op->items.push_back(x);
            }
            b.plan.add(std::move(op));
            break;
        }
        case CK::Delete: {
            auto op = std::make_unique<DeleteOp>();
            op->c = &c;
            for (auto &e : cl.dels) bindExpr(e.get(), *s, nullptr, c.params);
            op->exprs = cl.dels;
            b.plan.add(std::move(op));
            break;
        }
        case CK::Call: {
            std::string proc;
            for (auto ch : cl.proc) proc.push_back((char)tolower((unsigned char)ch));
            auto outs = procOutputs(proc, c.opt.version);
            auto op = std::make_unique<CallOp>();
            op->c = &c;
            op->proc = proc;
            for (auto &a : cl.args) bindExpr(a.get(), *s, nullptr, c.params);
            op->args = cl.args;
            std::vector<std::pair<std::string, std::string>> ys = cl.yields;
            if (!cl.hasYield)
                for (auto &o : outs) ys.emplace_back(o, o);
            for (auto &y : ys) {
                auto it = std::find(outs.begin(), outs.end(), y.first);
                if (it == outs.end()) err("Procedure `" + cl.proc + "` does not yield output `" + y.first + "`");
                if (s->find(y.second) >= 0) err("Variable `" + y.second + "` already declared");
                op->map.emplace_back((int)(it - outs.begin()), s->add(y.second));
            }
            if (cl.where) {
                bindExpr(cl.where.get(), *s, nullptr, c.params);
                op->where = cl.where;
            }
            if (last && !outs.empty()) {
                // a trailing CALL returns its outputs
                auto proj = std::make_unique<ProjectOp>();
                proj->c = &c;
                SegP ns = std::make_shared<Seg>();
                for (auto &y : ys) {
                    auto v = std::make_shared<Expr>();
                    v->k = EK::Var;
                    v->name = y.second;
                    v->slot = s->find(y.second);
                    proj->items.push_back(v);
                    ns->add(y.second);
                    b.cols.push_back(y.second);
                }
                proj->nOut = ys.size();
                proj->inSlots = (size_t)s->nslots;
                proj->out = ns;
                b.plan.add(std::move(op));
                b.plan.add(std::move(proj));
                b.hasResult = true;
                s = ns;
                b.segs.push_back(s);
            } else {
                b.plan.add(std::move(op));
            }
            break;
        }
        }
    }
    (void)res;
}

}  // namespace

bool isWriteStatement(const Statement &st) {
    if (st.isIndexOp) return true;
    for (auto &c : st.clauses) {
        if (c.k == CK::Create || c.k == CK::Merge || c.k == CK::Set || c.k == CK::Delete || c.k == CK::Remove) return true;
        if (c.k == CK::Call) {
            std::string p;
            for (auto ch : c.proc) p.push_back((char)tolower((unsigned char)ch));
            if (procIsWrite(p)) return true;
        }
    }
    return false;
}

static void runIndexOp(Ctx &c, const IndexOp &op) {
    Graph &g = c.g;
    if (op.create) {
        Row empty;
        Value opts;
        if (op.options) opts = eval(*op.options, empty, c);
        if (op.kind == "VECTOR" && op.props.size() != 1) err("Invalid vector index configuration");
        for (auto &p : op.props) addIndexField(c, op.node, op.label, p, op.kind, op.options ? &opts : nullptr);
        return;
    }
    IndexDef *ix = g.findIndex(op.node, op.label);
    for (auto &p : op.props) {
        IndexField *f = nullptr;
        if (ix)
            for (auto &x : ix->fields)
                if (x.name == p) f = &x;
        bool *flag = nullptr;
        if (f) flag = op.kind == "RANGE" ? &f->range : op.kind == "FULLTEXT" ? &f->fulltext : &f->vector;
        if (!flag || !*flag) err("ERR Unable to drop index on :" + op.label + "(" + p + "): no such index.");
        if (op.kind == "RANGE")
            for (auto &cd : g.constraints)
                if (cd.unique && cd.node == op.node && cd.label == op.label &&
                    std::find(cd.props.begin(), cd.props.end(), p) != cd.props.end())
                    err("Index supports constraint");
        *flag = false;
        c.st.indexDeletion = true;
        c.st.indicesDeleted++;
    }
    if (ix) {
        ix->fields.erase(std::remove_if(ix->fields.begin(), ix->fields.end(), [](const IndexField &f) { return !f.range && !f.fulltext && !f.vector; }), ix->fields.end());
        if (ix->fields.empty())
            g.indexes.erase(std::remove_if(g.indexes.begin(), g.indexes.end(), [](const IndexDef &d) { return d.fields.empty(); }), g.indexes.end());
    }
}

Result execute(Graph &g, const Statement &stIn, const Params &params, const ExecOptions &opt) {
    Statement st = stIn;  // AST is annotated during binding
    Result res;
    Ctx c(g, params, opt);
    if (opt.timeoutMs > 0) {
        c.hasDeadline = true;
        c.deadline = Clock::now() + std::chrono::milliseconds(opt.timeoutMs);
    }
    bool write = isWriteStatement(st);
    g.undo.clear();
    g.logging = write;
    auto savedIndexes = g.indexes;
    try {
        if (st.isIndexOp) {
            runIndexOp(c, st.index);
        } else {
            Built b;
            buildPlan(c, st, b, res);
            res.cols = b.cols;
            res.hasResult = b.hasResult;
            auto sink = std::make_unique<Sink>();
            sink->res = &res;
            sink->c = &c;
            sink->cap = opt.resultsetSize;
            if (b.plan.tail) b.plan.add(std::move(sink));
            else b.plan.add(std::move(sink));
            Row start((size_t)std::max(1, b.segs[0]->nslots));
            b.plan.head->push(start);
            b.plan.head->finish();
        }
    } catch (...) {
        for (auto it = g.undo.rbegin(); it != g.undo.rend(); ++it) (*it)();
        g.undo.clear();
        g.logging = false;
        g.indexes = savedIndexes;
        throw;
    }
    g.undo.clear();
    g.logging = false;
    res.stats = c.st;
    return res;
}

// ---------------------------------------------------------------------------
// EXPLAIN (approximation of FalkorDB's plan printer for simple linear queries)
// ---------------------------------------------------------------------------

std::vector<std::string> explainPlan(const Statement &st) {
    std::vector<std::string> ops;  // bottom-up
    if (st.isIndexOp) return {st.index.create ? "Create Index" : "Drop Index"};
    Seg scope;
    Params none;
    for (auto &cl : st.clauses) {
        switch (cl.k) {
        case CK::Match: {
            std::set<std::string> inner;
            for (auto &p : cl.paths) {
                for (auto &n : p.nodes) if (!n.var.empty() && scope.find(n.var) < 0) inner.insert(n.var);
                for (auto &r : p.rels) if (!r.var.empty() && scope.find(r.var) < 0) inner.insert(r.var);
            }
            bool allConsumed = !cl.where;
            for (auto &p : cl.paths) {
                const NodePat &n = p.nodes[0];
                std::string alias = n.var.empty() ? "anon_0" : n.var;
                bool consumed = false;
                std::vector<std::pair<std::string, ExprP>> seeks;
                if (cl.where && !n.var.empty()) seeks = findSeeks(cl.where, n.var, scope, inner, true, &consumed);
                if (scope.find(n.var) >= 0) {
                    // already bound
                } else if (!seeks.empty()) {
                    ops.push_back("NodeByIdSeek | (" + alias + ")");
                    if (consumed) allConsumed = true;
                } else if (!n.labels.empty()) {
                    ops.push_back("Node By Label Scan | (" + alias + ":" + n.labels[0] + ")");
                } else {
                    ops.push_back("All Node Scan | (" + alias + ")");
                }
                for (size_t k = 0; k < p.rels.size(); k++) {
                    const RelPat &r = p.rels[k];
                    const NodePat &d = p.nodes[k + 1];
                    std::string rs = "[" + r.var + (r.types.empty() ? "" : ":" + r.types[0]) + "]";
                    std::string src = "(" + (p.nodes[k].var.empty() ? std::string("anon") : p.nodes[k].var) + ")";
                    std::string dst = "(" + (d.var.empty() ? std::string("anon") : d.var) + ")";
                    ops.push_back("Conditional Traverse | " + src + (r.dir < 0 ? "<-" : "-") + rs + (r.dir > 0 ? "->" : "-") + dst);
                }
                for (auto &x : p.nodes) if (!x.var.empty()) scope.add(x.var);
                for (auto &x : p.rels) if (!x.var.empty()) scope.add(x.var);
            }
            if (!allConsumed) ops.push_back("Filter");
            break;
        }
        case CK::Unwind: ops.push_back("Unwind"); scope.add(cl.alias); break;
        case CK::With:
        case CK::Return: {
            bool agg = false;
            for (auto &it : cl.items) if (containsAgg(it.e.get())) agg = true;
            ops.push_back(agg ? "Aggregate" : "Project");
            if (cl.distinct) ops.push_back("Distinct");
            if (!cl.order.empty()) ops.push_back("Sort");
            if (cl.skip) ops.push_back("Skip");
            if (cl.limit) ops.push_back("Limit");
            if (cl.where) ops.push_back("Filter");
            Seg ns;
            for (auto &it : cl.items) ns.add(it.alias);
            scope = ns;
            break;
        }
        case CK::Create:
            ops.push_back("Create");
            for (auto &p : cl.paths) { for (auto &x : p.nodes) if (!x.var.empty()) scope.add(x.var); for (auto &x : p.rels) if (!x.var.empty()) scope.add(x.var); }
            break;
        case CK::Merge:
            ops.push_back("Merge");
            for (auto &p : cl.paths) { for (auto &x : p.nodes) if (!x.var.empty()) scope.add(x.var); for (auto &x : p.rels) if (!x.var.empty()) scope.add(x.var); }
            break;
        case CK::Set: ops.push_back("Update"); break;
        case CK::Remove: ops.push_back("Update"); break;
        case CK::Delete: ops.push_back("Delete"); break;
        case CK::Call: ops.push_back("ProcedureCall"); for (auto &y : cl.yields) scope.add(y.second); break;
        }
    }
    bool hasReturn = !st.clauses.empty() && (st.clauses.back().k == CK::Return || st.clauses.back().k == CK::Call);
    std::vector<std::string> lines;
    if (hasReturn) ops.push_back("Results");
    std::reverse(ops.begin(), ops.end());
    for (size_t k = 0; k < ops.size(); k++) lines.push_back(std::string(4 * k, ' ') + ops[k]);
    return lines;
}

}  // namespace sb
