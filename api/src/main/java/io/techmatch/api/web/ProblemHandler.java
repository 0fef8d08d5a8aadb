package io.techmatch.api.web;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error the controllers raise becomes an RFC 9457 problem; validation problems list the bad fields in
 * {@code errors}. Unexpected failures are logged here and answered with a 500 that carries no internals.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(io.techmatch.core.match.NotFoundException.class)
    ProblemDetail notFoundInGraph(io.techmatch.core.match.NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no " + e.kind() + " " + e.id());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        return withErrors(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()), e.errors());
    }

    @ExceptionHandler(OverloadedException.class)
    ResponseEntity<ProblemDetail> overloaded(OverloadedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setType(java.net.URI.create("urn:techmatch:problem:overloaded"));
        problem.setTitle("Too busy");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<BadRequestException.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new BadRequestException.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return withErrors(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "invalid request"), errors);
    }

    /**
     * A multipart body that cannot be parsed (sent to any endpoint) is the caller's error, not ours. Too large an
     * upload is answered 413 by the base class (MaxUploadSizeExceededException).
     */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail multipart(MultipartException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "malformed multipart body; send one part named 'file' to /api/v1/needs/import/file");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, WebRequest request) {
        if (GraphOutage.isCauseOf(e)) {
            // expected while the database restarts: one line, no stack trace per request
            log.warn("Graph unavailable on {}: {}", request.getDescription(false), e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, GraphOutage.RETRY_AFTER_SECONDS).body(GraphOutage.problem());
        }
        log.error("Unexpected failure on {}", request.getDescription(false), e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "an unexpected error occurred; it has been logged"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<BadRequestException.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new BadRequestException.FieldError(f.getField(), f.getDefaultMessage())).toList();
        ProblemDetail body = withErrors(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "invalid request body"),
                errors);
        return handleExceptionInternal(e, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // request parameters are named after the parameter, body fields after the field
        List<BadRequestException.FieldError> errors = new java.util.ArrayList<>();
        e.getValueResults().forEach(r -> r.getResolvableErrors().forEach(err -> errors.add(
                new BadRequestException.FieldError(r.getMethodParameter().getParameterName(), err.getDefaultMessage()))));
        e.getBeanResults().forEach(r -> r.getFieldErrors().forEach(f -> errors.add(
                new BadRequestException.FieldError(f.getField(), f.getDefaultMessage()))));
        ProblemDetail body = withErrors(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "invalid request"),
                errors);
        return handleExceptionInternal(e, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (hasCause(e, RequestSizeFilter.PayloadTooLargeException.class)) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    "request body exceeds the size limit");
            return handleExceptionInternal(e, body, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
        }
        // Jackson's message names our classes and offsets; say only what the caller can fix.
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "malformed JSON request body");
        return handleExceptionInternal(e, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    static ProblemDetail withErrors(ProblemDetail problem, List<BadRequestException.FieldError> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
