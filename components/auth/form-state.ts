export { initialFormState, type FormState } from "@/lib/validation/form-state";
