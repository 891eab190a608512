// Calls through Values: Call, CallSlice and method values. Not written
// yet: they need a trampoline that lays the arguments out in hood's
// register convention (docs/design.md, "Calling conventions").

package reflect

// Call calls the function v with the arguments in.
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.Call")
	v.mustBeExported("reflect.Value.Call")
	panic("reflect: Value.Call: not supported yet")
}

// CallSlice calls the variadic function v with in's last element as
// the variadic slice.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.CallSlice")
	v.mustBeExported("reflect.Value.CallSlice")
	panic("reflect: Value.CallSlice: not supported yet")
}

// makeMethodValue turns a method Value (Value.Method) into a func
// value bound to its receiver.
func makeMethodValue(op string, v Value) Value {
	panic("reflect: " + op + " of a method value: not supported yet")
}
