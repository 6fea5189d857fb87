package org.newskg.cli;

import java.io.PrintWriter;
import org.newskg.NewsKG;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newskg} command: parses the command line and runs a subcommand. */
@Command(name = "newskg",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        subcommands = {IngestCommand.class, ExtractCommand.class, ServeCommand.class, QueryCommand.class,
                UpCommand.class, StatsCommand.class, CompactCommand.class, ValidateCommand.class, EvalCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        description = {
                "Turns news articles about geopolitics and technology into an RDF knowledge graph,",
                "stores it in an embedded Apache Jena TDB2 store and serves it over SPARQL."},
        footerHeading = "%nExit status:%n",
        footer = {
                "  0  success",
                "  1  failure (an input could not be read or stored, a query failed)",
                "  2  usage error (unknown option, missing argument)",
                "  3  the data does not conform to the NewsKG shapes",
                "",
                "Run `newskg help COMMAND` for the options of one command."})
public final class Main implements Runnable {

    /** Exit status when the data does not conform to the shapes. */
    public static final int NOT_CONFORMING = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        LoggingOptions.configureFrom(args);
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setUsageHelpWidth(100); // the help texts are laid out for 100 columns; at 80 picocli wraps them twice
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("newskg " + commandLine.getCommandName() + ": " + message(e));
            if (LoggingOptions.isVerbose())
                e.printStackTrace(commandLine.getErr());
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cli;
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.toString() : m;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints the version of this build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newskg " + NewsKG.VERSION, "Apache Jena " + org.apache.jena.Jena.VERSION,
                    "Java " + Runtime.version()};
        }
    }
}
