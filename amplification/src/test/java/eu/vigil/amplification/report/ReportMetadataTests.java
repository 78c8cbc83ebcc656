package eu.vigil.amplification.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tool version stated in every report's reproducibility block. */
class ReportMetadataTests {

  @Test
  void toolVersionIsTheBuildsVersionNotAPlaceholder() {
    // the parent (Spring Boot) filters resources with @...@ delimiters only
    assertThat(ReportMetadata.toolVersion()).matches("vigil-amplification \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }
}
