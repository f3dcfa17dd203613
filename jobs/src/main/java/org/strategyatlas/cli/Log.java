package org.strategyatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * What a command says on stderr: progress lines (text or JSON, or none with --quiet), problems, and one last
 * line that says in one sentence what happened.
 */
final class Log {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean json;

    Log(PrintWriter err, boolean quiet, boolean json) {
        this.err = err;
        this.quiet = quiet;
        this.json = json;
    }

    void progress(String step, String message, long millis) {
        if (quiet) {
            return;
        }
        if (json) {
            line(JSON.createObjectNode().put("level", "info").put("step", step).put("message", message)
                    .put("millis", millis));
        } else {
            err.println(String.format(Locale.ROOT, "[%s] %s (%,d ms)", step, message, millis));
        }
        err.flush();
    }

    void problem(String text) {
        if (json) {
            line(JSON.createObjectNode().put("level", "error").put("message", text));
        } else {
            err.println(text);
        }
    }

    /** The last line: what happened, in one sentence. */
    void last(String sentence) {
        if (json) {
            line(JSON.createObjectNode().put("level", "result").put("message", sentence));
        } else {
            err.println("atlas: " + sentence);
        }
        err.flush();
    }

    private void line(ObjectNode node) {
        err.println(node.toString());
    }
}
