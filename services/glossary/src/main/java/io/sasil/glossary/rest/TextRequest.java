package io.sasil.glossary.rest;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text to analyse without storing it. */
public record TextRequest(
        @NotBlank @Schema(example = "인공지능(AI) 스타트업 딥시크(DeepSeek)가 새 모델을 공개했다.") String text) {
}
