export fn f(x: f64) -> f64 {
    let v0 = x + u0;
    let v1 = x + u1;
    let v2 = x + u2;
    let v3 = x + u3;
    let v4 = x + u4;
    let v5 = x + u5;
    let v6 = x + u6;
    let v7 = x + u7;
    let v8 = x + u8;
    let v9 = x + u9;
    let v10 = x + u10;
    let v11 = x + u11;
    let v12 = x + u12;
    let v13 = x + u13;
    let v14 = x + u14;
    let v15 = x + u15;
    let v16 = x + u16;
    let v17 = x + u17;
    let v18 = x + u18;
    let v19 = x + u19;
    let v20 = x + u20;
    let v21 = x + u21;
    let v22 = x + u22;
    let v23 = x + u23;
    let v24 = x + u24;
    return x;
}
