package cn.wast.capacity.publicity;

/** Names of the objection process's own variables (the form fields are named by the form). */
final class ObjectionVariables {

  static final String OBJECTION_ID = "objectionId";

  private ObjectionVariables() {}
}
