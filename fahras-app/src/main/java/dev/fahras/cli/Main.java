package dev.fahras.cli;

import dev.fahras.corpus.DocumentReadException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code fahras} command line. Exit codes: 0 ok, 1 error, 2 usage, 3 evaluation below the
 * baseline. Errors print one line without a stack trace; {@code --verbose} adds it.
 */
@Command(
    name = "fahras",
    mixinStandardHelpOptions = true,
    version = "fahras 0.1.0",
    description = "Arabic full-text search on Apache Lucene.",
    subcommands = {
      DemoCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      AnalyzeCommand.class,
      ServeCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      DocumentsCommand.class,
      DeleteCommand.class,
      ExportCommand.class,
      CompareCommand.class,
      QuotesCommand.class,
      FiguresCommand.class,
      SuggestCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:error (bad input, unreadable index, ...)",
      "2:usage error",
      "3:eval below the stock-Lucene baseline"
    })
public final class Main implements Runnable {
  /** Lucene logs a hint about the incubating Vector API at start-up; users cannot act on it. */
  private static final Logger VECTOR_LOG = quiet("org.apache.lucene.internal.vectorization");

  private static Logger quiet(String name) {
    Logger l = Logger.getLogger(name);
    l.setLevel(Level.OFF);
    return l;
  }

  @Option(
      names = "--verbose",
      description = "Show stack traces of errors.",
      scope = CommandLine.ScopeType.INHERIT)
  boolean verbose;

  @picocli.CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "give a command, e.g. fahras demo");
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Main main = new Main();
    CommandLine cl = new CommandLine(main);
    // --on-error skip, --boilerplate off: enum values as the help writes them, in any case
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setCaseInsensitiveEnumValuesAllowed(
        true); // eval --without exact_forms, as ablation prints it
    cl.setOut(new PrintWriter(new OutputStreamWriter(out, out.charset()), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(err, err.charset()), true));
    CommandLine.IParameterExceptionHandler usage = cl.getParameterExceptionHandler();
    cl.setParameterExceptionHandler(
        (e, args2) -> {
          // "-word" excludes a word from a query, but as the first word it reads as an option
          if (e instanceof CommandLine.UnmatchedArgumentException u
              && u.getUnmatched().stream().anyMatch(Main::looksLikeExcludedWord)) {
            PrintWriter usageErr = e.getCommandLine().getErr();
            usageErr.println(
                "fahras "
                    + e.getCommandLine().getCommandName()
                    + ": "
                    + u.getUnmatched().get(0)
                    + " reads as an option; to exclude a word, put -- before the query: fahras"
                    + " search --index DIR -- "
                    + String.join(" ", u.getUnmatched()));
            usageErr.flush();
            return 2;
          }
          return usage.handleParseException(e, args2);
        });
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          String name = commandLine.getCommandName();
          String message = message(e);
          commandLine.getErr().println("fahras " + name + ": " + message);
          if (main.verbose) e.printStackTrace(commandLine.getErr());
          return e instanceof UsageError ? 2 : 1;
        });
    return cl.execute(args);
  }

  /** {@code -word} with a letter no option has (Arabic): a query word to exclude. */
  private static boolean looksLikeExcludedWord(String arg) {
    return arg.length() > 1
        && arg.charAt(0) == '-'
        && arg.charAt(1) != '-'
        && Character.isLetter(arg.charAt(1))
        && arg.charAt(1) > 0x7F;
  }

  /** The library's message, with remedies in this command line's words. */
  private static String message(Exception e) {
    if (e instanceof DocumentReadException d) return CommandInput.describe(d);
    if (e instanceof IndexNotFoundException) {
      return e.getMessage() + "; build one first: fahras index --input PATH --index DIR";
    }
    if (e instanceof LockObtainFailedException) {
      return "the index is in use: another fahras index or delete is writing to it; wait for it to"
          + " finish (the lock is the index folder's write.lock, released when that command ends)";
    }
    if (e instanceof CorruptIndexException
        || e instanceof IndexFormatTooOldException
        || e instanceof IndexFormatTooNewException) {
      return "the index is damaged, or was written by another version of Fahras ("
          + e.getMessage()
          + "); check it with `java -cp fahras-cli.jar org.apache.lucene.index.CheckIndex DIR`,"
          + " and rebuild it: delete the folder and run fahras index again";
    }
    // the JDK names only the path: say what is wrong with it
    if (e instanceof NoSuchFileException f) return "no such file or folder: " + f.getFile();
    if (e instanceof AccessDeniedException f) return "permission denied: " + f.getFile();
    if (e instanceof NotDirectoryException f) return f.getFile() + " is a file, not a folder";
    if (e instanceof FileAlreadyExistsException f) return f.getFile() + " is in the way";
    if (e instanceof FileSystemException f) {
      return f.getFile() + ": " + (f.getReason() == null ? "cannot use it" : f.getReason());
    }
    if (e instanceof CharacterCodingException) return "an input file is not UTF-8 text";
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** A usage problem detected after parsing (exit code 2). */
  static final class UsageError extends RuntimeException {
    UsageError(String message) {
      super(message);
    }
  }
}
