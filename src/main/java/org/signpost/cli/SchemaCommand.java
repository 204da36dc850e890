package org.signpost.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.signpost.content.FieldReference;
import org.signpost.content.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "schema", description = "Prints the field reference for every content type, as Markdown (the README includes it).")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(FieldReference.markdown(Schema.load(Map.of())));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
