package io.faultline.api.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.LabelMatcher;
import io.faultline.ingest.LabelMatcher.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromQlParserTest {

    private static String error(String query) {
        return assertThrows(PromQlException.class, () -> PromQlParser.parse(query)).getMessage();
    }

    @Test
    void numbers() {
        assertEquals(new Expr.NumberLiteral(1), PromQlParser.parse("1"));
        assertEquals(new Expr.NumberLiteral(-2.5e3), PromQlParser.parse(" -2.5e3 "));
        assertEquals(new Expr.NumberLiteral(255), PromQlParser.parse("0xff"));
        assertEquals(new Expr.NumberLiteral(Double.POSITIVE_INFINITY), PromQlParser.parse("+Inf"));
        assertEquals(new Expr.NumberLiteral(0.5), PromQlParser.parse("(.5)"));
        assertTrue(Double.isNaN(((Expr.NumberLiteral) PromQlParser.parse("NaN")).value()));
    }

    @Test
    void arithmeticBetweenNumbersIsFoldedWithPromQlPrecedence() {
        assertEquals(new Expr.NumberLiteral(2), PromQlParser.parse("1+1"));
        assertEquals(new Expr.NumberLiteral(7), PromQlParser.parse("1 + 2 * 3"));
        assertEquals(new Expr.NumberLiteral(9), PromQlParser.parse("(1 + 2) * 3"));
        assertEquals(new Expr.NumberLiteral(512), PromQlParser.parse("2 ^ 3 ^ 2"));
        assertEquals(new Expr.NumberLiteral(-1), PromQlParser.parse("7 % 4 - 2 * 2"));
        assertEquals(new Expr.NumberLiteral(3), PromQlParser.parse("1 - -2"));
        assertEquals(new Expr.NumberLiteral(Double.POSITIVE_INFINITY), PromQlParser.parse("1/0"));
    }

    @Test
    void selectorsWithEveryOperator() {
        assertEquals(new Expr.Selector(List.of(LabelMatcher.eq("__name__", "cpu"), new LabelMatcher("a", Op.EQ, "x"),
                new LabelMatcher("b", Op.NEQ, "y"), new LabelMatcher("c", Op.RE, "p|q"), new LabelMatcher("d", Op.NRE, "z.*"))),
                PromQlParser.parse("cpu{a=\"x\", b!=\"y\", c=~\"p|q\", d!~\"z.*\"}"));
        assertEquals(new Expr.Selector(List.of(LabelMatcher.eq("service", "a}b"))), PromQlParser.parse("{service=\"a}b\"}"));
        assertEquals(new Expr.Selector(List.of(LabelMatcher.eq("__name__", "inf_total"))), PromQlParser.parse("inf_total"));
    }

    @Test
    void rangeSelectorsAndFunctions() {
        Expr.Selector sel = new Expr.Selector(List.of(LabelMatcher.eq("__name__", "req_total")));
        assertEquals(new Expr.RangeSelector(sel, 300_000), PromQlParser.parse("req_total[5m]"));
        assertEquals(new Expr.Call(Expr.Function.RATE, new Expr.RangeSelector(sel, 90_000)),
                PromQlParser.parse("rate( req_total [1m30s] )"));
        assertEquals(new Expr.Call(Expr.Function.INCREASE, new Expr.RangeSelector(sel, 3_600_000)),
                PromQlParser.parse("increase(req_total[1h])"));
    }

    @Test
    void outsideTheSubsetNamesWhatIsUnsupported() {
        String tail = " is not supported by Faultline's query subset (number literals and arithmetic between them, selectors, range selectors, rate() and increase())";
        assertEquals("aggregation 'sum'" + tail, error("sum(rate(x[5m]))"));
        assertEquals("aggregation 'sum'" + tail, error("sum by (service) (x)"));
        assertEquals("function 'irate'" + tail, error("irate(x[5m])"));
        assertEquals("binary operator '+' on a vector (column 3)" + tail, error("x + 1"));
        assertEquals("binary operator '*' on a vector (column 3)" + tail, error("2 * rate(x[1m])"));
        assertEquals("comparison operator at column 3" + tail, error("x > 1"));
        assertEquals("comparison operator at column 3" + tail, error("x != 1"));
        assertEquals("set operator at column 3" + tail, error("x and y"));
        assertEquals("modifier 'offset'" + tail, error("x offset 5m"));
        assertEquals("modifier '@'" + tail, error("x @ 1700000000"));
        assertEquals("subquery '[5m:1m]'" + tail, error("x[5m:1m]"));
        assertEquals("unary '-' on a vector" + tail, error("-x"));
    }

    @Test
    void malformedQueries() {
        assertEquals("invalid parameter \"query\": empty query", error(" "));
        assertEquals("expected type range vector in call to function \"rate\", got instant vector", error("rate(x)"));
        assertEquals("vector selector must contain at least one non-empty matcher", error("{a=~\".*\"}"));
        assertEquals("parse error at column 2: bad range duration '5x'", error("x[5x]"));
        assertEquals("parse error at column 6: missing '}'", error("x{a=\""));
        assertEquals("parse error at column 11: missing ')'", error("rate(x[1m]"));
        assertEquals("selector 'x{a}' expected one of =, !=, =~, !~ at column 4", error("x{a}"));
    }
}
