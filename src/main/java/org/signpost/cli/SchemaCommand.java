package org.signpost.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.signpost.content.FieldReference;
import org.signpost.content.ModelReference;
import org.signpost.content.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "schema", description = "Prints the field reference for every content type, or with --model the template model reference, as Markdown (the README includes both).")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", description = "Print the template model reference: what each template sees.")
    boolean model;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(model ? ModelReference.markdown() : FieldReference.markdown(Schema.load(Map.of())));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
