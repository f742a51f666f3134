import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;

class Sorter {
    Object value(String input) {
        ExpressionParser parser = new SpelExpressionParser();
        // ruleid: spel-expression-injection
        Object a = parser.parseExpression(input).getValue();
        // ruleid: spel-expression-injection
        Object b = new SpelExpressionParser().parseExpression("name + " + input).getValue();
        // ok: spel-expression-injection
        Object c = parser.parseExpression("'Hello World'.concat('!')").getValue();
        return a.toString() + b + c;
    }
}
