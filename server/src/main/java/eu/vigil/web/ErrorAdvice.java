package eu.vigil.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.identity.CurrentActor;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.ProblemTypes;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Turns exceptions into answers: RFC 9457 {@code application/problem+json} with a stable {@code type} for
 * {@code /api/**}, an error page for the browser. Refused access is recorded in the audit log (R34).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    private final AuditLog audit;
    private final ShellAdvice shells;

    ErrorAdvice(AuditLog audit, ShellAdvice shells) {
        this.audit = audit;
        this.shells = shells;
    }

    @ExceptionHandler(NotFound.class)
    Object notFound(NotFound e, HttpServletRequest request) {
        if (e instanceof eu.vigil.shared.Denied denied) {
            CurrentActor.find().ifPresent(actor -> audit.append(actor.auditor(), new AuditEvent("access.denied",
                    denied.subjectType(), denied.subjectId(), null, null, Map.of("reason", denied.rule()))));
        }
        return answer(request, HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", e.getMessage(), null);
    }

    @ExceptionHandler(Forbidden.class)
    Object forbidden(Forbidden e, HttpServletRequest request) {
        CurrentActor.find().ifPresent(actor -> audit.append(actor.auditor(), new AuditEvent("access.denied", "request",
                request.getMethod() + " " + request.getRequestURI(), null, null, Map.of("reason", e.getMessage()))));
        return answer(request, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", e.getMessage(), null);
    }

    @ExceptionHandler(eu.vigil.identity.RoleRequired.class)
    Object roleRequired(eu.vigil.identity.RoleRequired e, HttpServletRequest request) {
        CurrentActor.find().ifPresent(actor -> audit.append(actor.auditor(), new AuditEvent("access.denied", "request",
                request.getMethod() + " " + request.getRequestURI(), null, null, Map.of("reason", e.getMessage()))));
        Object answer = answer(request, HttpStatus.FORBIDDEN, ProblemTypes.ROLE_REQUIRED, "Role required",
                e.getMessage(), null);
        if (answer instanceof ResponseEntity<?> entity && entity.getBody() instanceof ProblemDetail problem) {
            problem.setProperty("role", e.role().name());
        }
        return answer;
    }

    @ExceptionHandler(eu.vigil.shared.RuleViolation.class)
    Object ruleViolated(eu.vigil.shared.RuleViolation e, HttpServletRequest request) {
        Object answer = answer(request, HttpStatus.UNPROCESSABLE_ENTITY, ProblemTypes.RULE_VIOLATED,
                "Refused by a rule of the Regulation", e.getMessage(), e.errors().isEmpty() ? null : e.errors());
        if (answer instanceof ResponseEntity<?> entity && entity.getBody() instanceof ProblemDetail problem) {
            problem.setProperty("reason", e.reason());
        }
        return answer;
    }

    @ExceptionHandler(eu.vigil.shared.StateConflict.class)
    Object stateConflict(eu.vigil.shared.StateConflict e, HttpServletRequest request) {
        Object answer = answer(request, HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict with the current state",
                e.getMessage(), null);
        if (answer instanceof ResponseEntity<?> entity && entity.getBody() instanceof ProblemDetail problem) {
            problem.setProperty("reason", e.reason());
            problem.setProperty("state", e.state());
        }
        return answer;
    }

    @ExceptionHandler(eu.vigil.shared.RefusedForm.class)
    Object refusedForm(eu.vigil.shared.RefusedForm e, HttpServletRequest request) {
        String page = e.page();
        if (isApi(request) || page == null || !page.startsWith("/") || page.startsWith("//")) {
            return invalid(e, request);
        }
        // Post-redirect-get: the page shows the errors and what was typed at its own address (issue 12).
        org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request)
                .put(Submission.FLASH, Submission.of(request, e.errors()));
        return new ModelAndView("redirect:" + page);
    }

    @ExceptionHandler(InvalidInput.class)
    Object invalid(InvalidInput e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid input",
                "Some fields are not valid; see errors.", e.errors());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    Object beanValidation(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<InvalidInput.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new InvalidInput.FieldError(f.getField(), f.getDefaultMessage())).toList();
        return answer(request, HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid input",
                "Some fields are not valid; see errors.", errors);
    }

    @ExceptionHandler(eu.vigil.shared.Busy.class)
    Object busy(eu.vigil.shared.Busy e, HttpServletRequest request) {
        Object answer = answer(request, HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.BUSY, "Busy", e.getMessage(), null);
        String seconds = String.valueOf(Math.max(1, e.retryAfter().toSeconds()));
        if (answer instanceof ResponseEntity<?> entity) {
            return ResponseEntity.status(entity.getStatusCode()).headers(entity.getHeaders())
                    .header(org.springframework.http.HttpHeaders.RETRY_AFTER, seconds).body(entity.getBody());
        }
        return answer;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            IllegalArgumentException.class})
    Object malformed(Exception e, HttpServletRequest request) {
        if (e instanceof HttpMessageNotReadableException h && h.getMostSpecificCause() instanceof BodyLimit.TooLarge big) {
            return answer(request, HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.MALFORMED, "Request body too large",
                    big.getMessage(), null);
        }
        if (e instanceof HttpMessageNotReadableException h
                && h.getMostSpecificCause() instanceof InputCharacters.ForbiddenCharacter c) {
            return answer(request, HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid input",
                    "Some fields are not valid; see errors.",
                    List.of(new InvalidInput.FieldError(RequestBodies.field(c), c.getOriginalMessage())));
        }
        String detail = switch (e) {
            case MethodArgumentTypeMismatchException m -> "parameter '" + m.getName() + "' has an invalid value: "
                    + m.getValue();
            case HttpMessageNotReadableException h -> RequestBodies.detail(h);
            default -> RequestBodies.clean(firstLine(e.getMessage()));
        };
        return answer(request, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED, "Malformed request", detail, null);
    }

    @ExceptionHandler({jakarta.servlet.ServletException.class, org.springframework.web.ErrorResponseException.class})
    Object framework(Exception e, HttpServletRequest request) throws Exception {
        if (!(e instanceof ErrorResponse er)) {
            return unexpected(e, request);
        }
        HttpStatusCode status = er.getStatusCode();
        URI type = status.value() == 404 ? ProblemTypes.NOT_FOUND
                : status.value() == 409 ? ProblemTypes.CONFLICT
                : status.is4xxClientError() ? ProblemTypes.MALFORMED : ProblemTypes.INTERNAL;
        if (status.value() == 404 && !isApi(request)) {
            // A page address that does not exist: say so in the reader's language, not the framework's words.
            Shell shell = shells.shell(request, org.springframework.web.servlet.support.RequestContextUtils.getLocale(request));
            return answer(request, status, type, shell.t("error.notFound.title"),
                    shell.t("error.notFound.detail", RequestBodies.clean(request.getRequestURI())), null);
        }
        ProblemDetail body = er.getBody();
        String reason = HttpStatus.resolve(status.value()) == null ? "Error" : HttpStatus.resolve(status.value())
                .getReasonPhrase();
        return answer(request, status, type, body.getTitle() == null ? reason : body.getTitle(),
                body.getDetail() == null ? reason : RequestBodies.clean(body.getDetail()), null);
    }

    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    Object brokenMultipart(Exception e, HttpServletRequest request) {
        log.info("Unreadable multipart body on {}: {}", request.getRequestURI(), firstLine(e.getMessage()));
        return answer(request, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED, "Malformed request",
                "The multipart/form-data body could not be read (broken body or wrong boundary); nothing was stored.",
                null);
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    Object tooLarge(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.MALFORMED, "Upload too large",
                "The file is larger than this installation accepts (spring.servlet.multipart.max-file-size); nothing was"
                        + " imported. Split the file or send it as the raw request body.", null);
    }

    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    Object conflict(org.springframework.dao.DataIntegrityViolationException e, HttpServletRequest request) {
        if (e.getMostSpecificCause() instanceof java.sql.SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("22")) {
            // SQLSTATE class 22 (data exception: a character PostgreSQL cannot store, a value out of range) is a
            // problem of the input, not a conflict with data recorded meanwhile.
            log.info("Data exception on {}: {}", request.getRequestURI(), firstLine(sql.getMessage()));
            return answer(request, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED, "Malformed request",
                    "A value in the request cannot be stored (a character or value the database refuses); nothing was"
                            + " changed.", null);
        }
        log.info("Integrity conflict on {}: {}", request.getRequestURI(), firstLine(e.getMessage()));
        return answer(request, HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict",
                "The change conflicts with data recorded meanwhile; reload and try again.", null);
    }

    /**
     * The browser went away while a response (typically the live stream) was being written: nobody is left to
     * answer and nothing failed on our side, so nothing is logged as an error.
     */
    @ExceptionHandler(org.springframework.web.context.request.async.AsyncRequestNotUsableException.class)
    void clientGone(Exception e, HttpServletRequest request) {
        log.debug("client left during {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e; // let Spring Security answer
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal error",
                "The server failed unexpectedly; nothing was changed. The failure has been logged.", null);
    }

    private Object answer(HttpServletRequest request, HttpStatusCode status, URI type, String title,
            String detail, List<InvalidInput.FieldError> errors) {
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setType(type);
            problem.setTitle(title);
            problem.setInstance(URI.create(request.getRequestURI()));
            if (errors != null) {
                problem.setProperty("errors", errors);
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("title", title);
        page.addObject("detail", detail);
        page.addObject("errors", errors == null ? List.of() : errors);
        page.addObject("shell", shells.shell(request,
                org.springframework.web.servlet.support.RequestContextUtils.getLocale(request)));
        return page;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || request.getRequestURI().startsWith(request.getContextPath() + "/oauth2/");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
