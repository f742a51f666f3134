import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

class Calculator {
    private static final String FORMULA = "1 + 2";

    Object compute(String expr) throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");
        // ruleid: script-engine-eval
        Object result = engine.eval(expr);
        // ruleid: script-engine-eval
        new ScriptEngineManager().getEngineByName("nashorn").eval("var x = " + expr);
        // ok: script-engine-eval
        engine.eval(FORMULA);
        // ok: script-engine-eval
        engine.eval("1 + 1");
        return result;
    }
}
