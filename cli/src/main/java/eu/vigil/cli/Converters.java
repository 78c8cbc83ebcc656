package eu.vigil.cli;

import eu.vigil.hashing.pdq.PdqDefinition;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option value converters with clear messages for the user. */
final class Converters {

  private Converters() {}

  /** {@code full} or {@code cli512}. */
  static final class Definition implements ITypeConverter<PdqDefinition> {
    @Override
    public PdqDefinition convert(String value) {
      try {
        return PdqDefinition.ofId(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not a PDQ definition, expected full or cli512");
      }
    }
  }

  /** {@code csv} or {@code json}. */
  static final class Format implements ITypeConverter<HashCommand.OutputFormat> {
    @Override
    public HashCommand.OutputFormat convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "csv" -> HashCommand.OutputFormat.CSV;
        case "json" -> HashCommand.OutputFormat.JSON;
        default -> throw new TypeConversionException("'" + value + "' is not a format, expected csv or json");
      };
    }
  }

  /** {@code vpdq}, {@code tmk} or {@code both}. */
  static final class VideoSignals implements ITypeConverter<HashVideoCommand.Signals> {
    @Override
    public HashVideoCommand.Signals convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "vpdq" -> HashVideoCommand.Signals.VPDQ;
        case "tmk" -> HashVideoCommand.Signals.TMK;
        case "both" -> HashVideoCommand.Signals.BOTH;
        default -> throw new TypeConversionException("'" + value + "' is not a video signal, expected vpdq, tmk or both");
      };
    }
  }

  /** {@code python} (python-threatexchange) or {@code cpp} (upstream C++ brute matcher). */
  static final class VpdqRule implements ITypeConverter<eu.vigil.hashing.vpdq.VpdqMatchRule> {
    @Override
    public eu.vigil.hashing.vpdq.VpdqMatchRule convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "python" -> eu.vigil.hashing.vpdq.VpdqMatchRule.PYTHON_THREATEXCHANGE;
        case "cpp" -> eu.vigil.hashing.vpdq.VpdqMatchRule.CPP_BRUTE;
        default -> throw new TypeConversionException("'" + value + "' is not a vPDQ rule, expected python or cpp");
      };
    }
  }
}
