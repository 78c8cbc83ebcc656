package eu.vigil.bank.internal;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import eu.vigil.bank.BankExport;
import eu.vigil.bank.BankFormat;
import eu.vigil.bank.BankId;
import eu.vigil.bank.Banks;
import eu.vigil.identity.Actor;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes a bank as a file (CSV, JSON or the PDQ index snapshot) to an HTTP response. Both the API (bearer
 * token) and the bank page (the logged-in session) download through here, so a person gets exactly the file a
 * machine gets; who may read the bank is checked by {@link Banks#find} before a byte is written.
 */
@Component
class BankDownload {

    private final Banks banks;
    private final BankExport exports;

    BankDownload(Banks banks, BankExport exports) {
        this.banks = banks;
        this.exports = exports;
    }

    /** Writes {@code bank} in {@code format} ({@code csv}, {@code json} or {@code pdqidx}) as an attachment. */
    void write(Actor actor, BankId bank, String format, HttpServletResponse response) throws IOException {
        banks.find(actor, bank);
        if ("pdqidx".equalsIgnoreCase(format)) {
            response.setContentType(MediaType.APPLICATION_OCTET_STREAM_VALUE);
            response.setHeader("Content-Disposition", "attachment; filename=\"bank-" + bank + ".pdqidx\"");
            exports.pdqSnapshot(actor, bank, response.getOutputStream());
            return;
        }
        BankFormat f = BankFormat.parse(format);
        response.setContentType(f == BankFormat.CSV ? "text/csv;charset=UTF-8" : MediaType.APPLICATION_JSON_VALUE);
        response.setHeader("Content-Disposition", "attachment; filename=\"bank-" + bank + "."
                + f.name().toLowerCase(Locale.ROOT) + "\"");
        exports.export(actor, bank, f, response.getOutputStream());
    }
}
