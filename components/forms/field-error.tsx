/** The error line under a field; its id is what the input's aria-describedby points at. */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {errors.join("；")}
    </p>
  );
}
