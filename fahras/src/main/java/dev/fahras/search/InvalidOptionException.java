package dev.fahras.search;

/**
 * A search option out of its range, naming the option, so that a caller can say it in its own words
 * (the command line says {@code --per-doc}, where the builder says {@code perDocument}).
 */
public class InvalidOptionException extends IllegalArgumentException {
  private final String option;
  private final String problem;

  public InvalidOptionException(String option, String problem) {
    super(option + " " + problem);
    this.option = option;
    this.problem = problem;
  }

  /** The option, as the builder names it: {@code perDocument}, {@code limit}. */
  public String option() {
    return option;
  }

  /** What is wrong with its value, without the option's name: "must be at least 1". */
  public String problem() {
    return problem;
  }
}
