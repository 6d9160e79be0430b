package dev.deviceha.drill.sandbox;

/**
 * A response CloudStack's serializer writes without an object name around it: AsyncJobResponse (a job's id, or
 * queryAsyncJobResult's answer), CreateCmdResponse, the login's, and a failed job's ExceptionResponse.
 */
public interface UnwrappedResponse {
}
